'use client';
import { useEffect, useState, type DragEvent, type ReactNode } from 'react';
import { NewResourceMenu } from '@/components/create/new-resource-menu';
import { TooltipProvider } from '@/components/ui/tooltip';
import { useValidation } from '@/components/editor/use-validation';
import { restoreWorkspace, saveWorkspace } from '@/lib/workspace/persistence';
import { createWorkspaceStore, type WorkspaceStore } from '@/lib/workspace/store';
import type { ImportPlan } from '@/lib/workspace/import-plan';
import { applyEdit } from '@/lib/yaml/edit';
import { ExportButton } from '@/components/export/export-button';
import { ShareButton } from '@/components/share/share-button';
import { SharedLinkGate } from '@/components/share/shared-link-gate';
import { ImportDialog, readFiles } from './import-dialog';
import { ImportReport } from './import-report';
import { NoticeBar } from './notice-bar';
import { SaveStatusView } from './save-status';
import { StudioHeader } from './studio-header';
import { StudioLayout } from './studio-layout';
import { ThemeProvider } from './theme';
import { browserStorage, useAutosave } from './use-autosave';
import { useUndoShortcuts } from './use-undo-shortcuts';
import { WorkspaceProvider } from './workspace-context';

export interface StudioProps {
  /** The example text to open (the requested one, or the default example). */
  exampleText: string;
  /** `/?example=<id>` was given: open it instead of the saved workspace. */
  requestedExample?: { id: string; found: boolean };
}

function createStore(props: StudioProps): WorkspaceStore {
  const explicit = props.requestedExample?.found === true;
  // localStorage exists only in the browser; the server renders no text-dependent markup (the editor is client-only).
  const restored = !explicit && typeof window !== 'undefined' ? restoreWorkspace(browserStorage()) : null;
  return createWorkspaceStore(restored ?? props.exampleText, { applyEdit });
}

/** The studio: one workspace store, validated in a worker, autosaved, shown in resizable panels. */
export function Studio(props: StudioProps) {
  const [store] = useState(() => createStore(props));
  return (
    <ThemeProvider>
      <TooltipProvider>
        <WorkspaceProvider store={store}>
          <StudioShell store={store} requestedExample={props.requestedExample} />
        </WorkspaceProvider>
      </TooltipProvider>
    </ThemeProvider>
  );
}

function StudioShell({ store, requestedExample }: { store: WorkspaceStore; requestedExample?: StudioProps['requestedExample'] }) {
  useValidation(store);
  useUndoShortcuts(store);
  const saveStatus = useAutosave(store);
  const [notice, setNotice] = useState<ReactNode>(null);
  const [importOpen, setImportOpen] = useState(false);
  const [importText, setImportText] = useState('');

  useEffect(() => {
    if (!requestedExample) return;
    const storage = browserStorage();
    // The example becomes the saved workspace and the URL drops ?example, so a reload keeps the user's edits.
    if (requestedExample.found && storage) saveWorkspace(storage, store.getState().text);
    window.history.replaceState(null, '', window.location.pathname);
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (!requestedExample.found) setNotice(<>Unknown example “{requestedExample.id}”: opened your workspace instead.</>);
  }, [requestedExample, store]);

  const onImport = (plan: ImportPlan) => {
    store.append(plan.text, 'import');
    setImportOpen(false);
    setImportText('');
    setNotice(<ImportReport plan={plan} done />);
  };

  const onInsert = (yamlText: string, label: string) => {
    store.append(yamlText, 'create');
    setNotice(<>Added {label} at the end of the workspace.</>);
  };

  const onDragOver = (e: DragEvent) => {
    if (e.dataTransfer.types.includes('Files')) e.preventDefault();
  };
  const onDrop = async (e: DragEvent) => {
    if (e.dataTransfer.files.length === 0) return;
    e.preventDefault();
    const text = await readFiles(e.dataTransfer.files);
    setImportText(text);
    setImportOpen(true);
  };

  return (
    <div className="flex h-dvh min-h-[600px] flex-col" onDragOver={onDragOver} onDrop={onDrop}>
      <StudioHeader
        onImport={() => setImportOpen(true)}
        actions={<><ExportButton /><ShareButton /></>}
        newResource={<NewResourceMenu onInsert={onInsert} />}
        status={<SaveStatusView status={saveStatus} />}
      />
      {notice ? <NoticeBar onDismiss={() => setNotice(null)}>{notice}</NoticeBar> : null}
      <main className="flex min-h-0 flex-1 flex-col">
        <StudioLayout />
      </main>
      <SharedLinkGate onNotice={setNotice} />
      <ImportDialog open={importOpen} onOpenChange={setImportOpen} text={importText} onTextChange={setImportText} onImport={onImport} />
    </div>
  );
}
