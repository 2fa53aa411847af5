import type { editor as MonacoEditor, IDisposable } from 'monaco-editor';
import type { WorkspaceStore } from '@/lib/workspace/store';
import { formatWorkspace } from '@/lib/workspace/format';
import type { Monaco } from './monaco-setup';

/**
 * Undo/redo go to the store (one history for form and YAML edits, not Monaco's own); "Format document"
 * re-prints with the yaml library as one undo step. F8 / Shift+F8 (next/previous problem) are Monaco's.
 */
export function addEditorCommands(monaco: Monaco, ed: MonacoEditor.IStandaloneCodeEditor, store: WorkspaceStore): IDisposable {
  const { KeyMod, KeyCode } = monaco;
  ed.addCommand(KeyMod.CtrlCmd | KeyCode.KeyZ, () => store.undo());
  ed.addCommand(KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.KeyZ, () => store.redo());
  ed.addCommand(KeyMod.CtrlCmd | KeyCode.KeyY, () => store.redo());
  return ed.addAction({
    id: 'entryway.formatDocument',
    label: 'Format document',
    keybindings: [KeyMod.Shift | KeyMod.Alt | KeyCode.KeyF],
    contextMenuGroupId: '1_modification',
    run: () => {
      const r = formatWorkspace(store.getState().text);
      if (!r.ok) {
        const messages = ed.getContribution('editor.contrib.messageController') as { showMessage?: (m: string, p: unknown) => void } | null;
        messages?.showMessage?.(r.message, ed.getPosition());
        return;
      }
      store.sealHistory();
      store.setText(r.text, 'format');
    },
  });
}
