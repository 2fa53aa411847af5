'use client';
import { TriangleAlert } from 'lucide-react';
import { Button } from '@/components/ui/button';
import type { StudioSaveStatus } from './use-autosave';

/** Autosave state; a failure stays visible (editing continues) until a save succeeds. */
export function SaveStatusView({ status }: { status: StudioSaveStatus }) {
  if (status.state === 'conflict') {
    return (
      <span role="alert" className="inline-flex items-center gap-1.5 rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-200">
        <TriangleAlert size={12} aria-hidden="true" /> Another tab saved this workspace; this tab&apos;s changes are not saved.
        <Button size="sm" className="h-6" onClick={status.loadTheirs}>
          Load theirs
        </Button>
        <Button size="sm" className="h-6" onClick={status.keepMine}>
          Keep mine
        </Button>
      </span>
    );
  }
  if (status.state === 'error') {
    return (
      <span role="alert" className="inline-flex items-center gap-1 rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-200">
        <TriangleAlert size={12} aria-hidden="true" /> Not saved: {status.message}
      </span>
    );
  }
  if (status.state === 'saved') {
    return (
      <span className="text-[11px] text-zinc-500 dark:text-zinc-400" title={new Date(status.savedAt).toLocaleString()}>
        Saved in this browser
      </span>
    );
  }
  return null;
}
