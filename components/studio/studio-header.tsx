'use client';
import { Redo2, Undo2, Upload } from 'lucide-react';
import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Tooltip } from '@/components/ui/tooltip';
import { ThemeToggle } from './theme-toggle';
import { useWorkspace, useWorkspaceStore } from './workspace-context';

/** Product name, workspace actions (new, import, export, share, undo, redo), status and theme. */
export function StudioHeader({
  onImport,
  onImportIntent,
  newResource,
  actions,
  status,
}: {
  onImport: () => void;
  /** The pointer or focus reached "Import": a chance to load the dialog before the click. */
  onImportIntent?: () => void;
  newResource?: ReactNode;
  actions?: ReactNode;
  status?: ReactNode;
}) {
  const store = useWorkspaceStore();
  const canUndo = useWorkspace((s) => s.canUndo);
  const canRedo = useWorkspace((s) => s.canRedo);
  return (
    <header className="flex h-10 shrink-0 items-center gap-1.5 border-b border-zinc-200 px-3 dark:border-zinc-800">
      <h1 className="mr-3 text-[13px] font-semibold tracking-tight">Entryway</h1>
      {newResource}
      <Button onClick={onImport} onPointerEnter={onImportIntent} onFocus={onImportIntent}>
        <Upload size={13} /> Import
      </Button>
      {actions}
      <div className="mx-1 h-5 w-px bg-zinc-200 dark:bg-zinc-800" />
      <Tooltip content="Undo (Ctrl+Z)">
        <Button variant="ghost" aria-label="Undo" disabled={!canUndo} onClick={() => store.undo()}>
          <Undo2 size={14} />
        </Button>
      </Tooltip>
      <Tooltip content="Redo (Ctrl+Shift+Z)">
        <Button variant="ghost" aria-label="Redo" disabled={!canRedo} onClick={() => store.redo()}>
          <Redo2 size={14} />
        </Button>
      </Tooltip>
      <div className="ml-auto flex items-center gap-2">
        {status}
        <ThemeToggle />
      </div>
    </header>
  );
}
