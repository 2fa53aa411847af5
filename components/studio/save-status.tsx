'use client';
import { TriangleAlert } from 'lucide-react';
import type { SaveStatus } from '@/lib/workspace/persistence';

/** Autosave state; a failure stays visible (editing continues) until a save succeeds. */
export function SaveStatusView({ status }: { status: SaveStatus }) {
  if (status.state === 'error') {
    return (
      <span role="alert" className="inline-flex items-center gap-1 rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-200">
        <TriangleAlert size={12} /> Not saved: {status.message}
      </span>
    );
  }
  if (status.state === 'saved') {
    return (
      <span className="text-[11px] text-zinc-500" title={new Date(status.savedAt).toLocaleString()}>
        Saved in this browser
      </span>
    );
  }
  return null;
}
