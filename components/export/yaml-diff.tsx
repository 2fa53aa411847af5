'use client';
import { DiffEditor, loader, type DiffOnMount } from '@monaco-editor/react';
import { useTheme } from '@/components/studio/theme';
import { setupMonaco } from '@/components/editor/monaco-setup';

// NOTE: @monaco-editor/react fetches Monaco from a CDN unless given an instance; hand it the bundled one.
loader.config({ monaco: setupMonaco() });

/**
 * NOTE: @monaco-editor/react disposes the models before the diff editor on unmount, which Monaco 0.54 reports as
 * "TextModel got disposed before DiffEditorWidget model got reset". So the component keeps the models and they are
 * disposed here, once the editor itself is gone.
 */
const disposeModelsAfterEditor: DiffOnMount = (editor) => {
  const { original, modified } = editor.getModel() ?? {};
  editor.onDidDispose(() => {
    original?.dispose();
    modified?.dispose();
  });
};

/** Monaco's side-by-side diff of two YAML texts, read-only; client only, load with next/dynamic. */
export default function YamlDiff({ original, modified, label }: { original: string; modified: string; label: string }) {
  const { resolved } = useTheme();
  return (
    <div className="h-full min-h-0 w-full" role="region" aria-label={label}>
      <DiffEditor
        original={original}
        modified={modified}
        language="yaml"
        keepCurrentOriginalModel
        keepCurrentModifiedModel
        onMount={disposeModelsAfterEditor}
        theme={resolved === 'dark' ? 'vs-dark' : 'vs'}
        loading={<div className="p-3 text-xs text-zinc-500 dark:text-zinc-400">Loading diff…</div>}
        options={{
          readOnly: true,
          originalEditable: false,
          renderSideBySide: true,
          automaticLayout: true,
          minimap: { enabled: false },
          fontSize: 12,
          lineHeight: 18,
          scrollBeyondLastLine: false,
          ariaLabel: label,
        }}
      />
    </div>
  );
}
