'use client';
import dynamic from 'next/dynamic';

/** Monaco loads after the page shell, in the browser only. */
export const YamlEditorLazy = dynamic(() => import('./yaml-editor'), {
  ssr: false,
  loading: () => <div className="p-3 text-xs text-zinc-500 dark:text-zinc-400">Loading editor…</div>,
});
