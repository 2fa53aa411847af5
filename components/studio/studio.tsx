'use client';
import dynamic from 'next/dynamic';
import { useCallback, useEffect, useState, type DragEvent, type ReactNode } from 'react';
import { NewResourceMenu } from '@/components/create/new-resource-menu';
import { TooltipProvider } from '@/components/ui/tooltip';
import { useValidation } from '@/components/editor/use-validation';
import { restoreWorkspace, saveWorkspace } from '@/lib/workspace/persistence';
import { createStoreCore } from '@/lib/workspace/store-core';
import type { WorkspaceStore } from '@/lib/workspace/store';
import type { ImportPlan } from '@/lib/workspace/import-plan';
import { deferredApplyEdit } from '@/components/forms/deferred-edit';
import { ExportButton } from '@/components/export/export-button';
import { ShareButton } from '@/components/share/share-button';
import { SharedLinkGate } from '@/components/share/shared-link-gate';
import { ImportReport } from './import-report';
import { NoticeBar } from './notice-bar';
import { SaveStatusView } from './save-status';
import { StudioHeader } from './studio-header';
import { StudioLayout } from './studio-layout';
import { ThemeProvider } from './theme';
import { deferredAppend, loadAppend } from './deferred-append';
import { browserStorage, useAutosave } from './use-autosave';
import { useEscapeCancels } from './use-escape-cancels';
import { useUndoShortcuts } from './use-undo-shortcuts';
import { WorkspaceProvider } from './workspace-context';

// The import dialog plans with `yaml` and the YAML parser: it loads on first use (or when the pointer or focus
// reaches "Import"), not with the first route.
const loadImport = () => Promise.all([import('./import-dialog'), loadAppend()]).then(([m]) => m);
const ImportDialog = dynamic(() => loadImport().then((m) => m.ImportDialog), { ssr: false });

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
  // The store core without `yaml`: appending (import, New resource) loads it first (deferred-append.ts).
  return createStoreCore(restored ?? props.exampleText, { applyEdit: deferredApplyEdit, appendDocuments: deferredAppend });
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
  // Mounted from the first open on, so the dialog keeps its closing animation and focus return.
  const [importUsed, setImportUsed] = useState(false);
  const [importLoaded, setImportLoaded] = useState(false);
  const openImport = () => {
    setImportUsed(true);
    setImportOpen(true);
    void loadImport().then(() => setImportLoaded(true), () => setNotice('The import could not be loaded (is the connection down?).'));
  };
  useEscapeCancels(importOpen && !importLoaded, useCallback(() => setImportOpen(false), []));
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

  const appendFailed = () => setNotice('Nothing was added: the code that appends could not be loaded (is the connection down?).');

  const onImport = async (plan: ImportPlan) => {
    if (!(await loadAppend().then(() => true, () => false))) return appendFailed();
    store.append(plan.text, 'import');
    setImportOpen(false);
    setImportText('');
    setNotice(<ImportReport plan={plan} done />);
  };

  const onInsert = async (yamlText: string, label: string) => {
    if (!(await loadAppend().then(() => true, () => false))) return appendFailed();
    store.append(yamlText, 'create');
    setNotice(<>Added {label} at the end of the workspace.</>);
  };

  const onDragOver = (e: DragEvent) => {
    if (e.dataTransfer.types.includes('Files')) e.preventDefault();
  };
  const onDrop = async (e: DragEvent) => {
    if (e.dataTransfer.files.length === 0) return;
    e.preventDefault();
    // Copied now: the drag data store is emptied once the event is over, and the dialog's code loads first.
    const files = Array.from(e.dataTransfer.files);
    const text = await loadImport().then(
      (m) => m.readFiles(files),
      () => null,
    );
    if (text === null) return setNotice('The import could not be loaded (is the connection down?).');
    setImportText(text);
    openImport();
  };

  return (
    <div className="flex h-dvh min-h-[600px] flex-col" onDragOver={onDragOver} onDrop={onDrop}>
      <StudioHeader
        onImport={openImport}
        onImportIntent={() => void loadImport()}
        actions={<><ExportButton /><ShareButton /></>}
        newResource={<NewResourceMenu onInsert={onInsert} onFailure={setNotice} />}
        status={<SaveStatusView status={saveStatus} />}
      />
      {notice ? <NoticeBar onDismiss={() => setNotice(null)}>{notice}</NoticeBar> : null}
      <main className="flex min-h-0 flex-1 flex-col">
        <StudioLayout />
      </main>
      <SharedLinkGate onNotice={setNotice} />
      {importUsed ? <ImportDialog open={importOpen} onOpenChange={setImportOpen} text={importText} onTextChange={setImportText} onImport={onImport} /> : null}
    </div>
  );
}
