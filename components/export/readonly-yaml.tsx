'use client';
import { useEffect, useId, useRef } from 'react';
import type { editor as MonacoEditor } from 'monaco-editor';
import { useTheme } from '@/components/studio/theme';
import { setupMonaco } from '@/components/editor/monaco-setup';

/** Test hook: e2e reads the preview's full text through it (the DOM only holds the visible lines). */
declare global {
  interface Window {
    __entrywayExportPreview?: MonacoEditor.IStandaloneCodeEditor;
  }
}

/** A read-only Monaco view of YAML (local Monaco, the shell's setup); client only, load with next/dynamic. */
export default function ReadonlyYaml({ value, label }: { value: string; label: string }) {
  const hostRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<MonacoEditor.IStandaloneCodeEditor | null>(null);
  const id = useId().replace(/[^A-Za-z0-9]/g, '');
  const { resolved } = useTheme();
  const initial = useRef(value);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const monaco = setupMonaco();
    const model = monaco.editor.createModel(initial.current, 'yaml', monaco.Uri.parse(`entryway://export/${id}.yaml`));
    const ed = monaco.editor.create(host, {
      model,
      readOnly: true,
      domReadOnly: true,
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 12,
      lineHeight: 18,
      scrollBeyondLastLine: false,
      ariaLabel: label,
      theme: document.documentElement.classList.contains('dark') ? 'vs-dark' : 'vs',
    });
    editorRef.current = ed;
    window.__entrywayExportPreview = ed;
    return () => {
      if (window.__entrywayExportPreview === ed) delete window.__entrywayExportPreview;
      editorRef.current = null;
      ed.dispose();
      model.dispose();
    };
  }, [id, label]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model && model.getValue() !== value) model.setValue(value);
  }, [value]);

  useEffect(() => {
    setupMonaco().editor.setTheme(resolved === 'dark' ? 'vs-dark' : 'vs');
  }, [resolved]);

  return <div ref={hostRef} className="h-full min-h-0 w-full" />;
}
