'use client';
import dynamic from 'next/dynamic';

const loading = () => <div className="p-3 text-xs text-zinc-500 dark:text-zinc-400">Loading editor…</div>;

/** Monaco views of the export dialog, loaded in the browser only when the dialog opens. */
export const ReadonlyYamlLazy = dynamic(() => import('./readonly-yaml'), { ssr: false, loading });
export const YamlDiffLazy = dynamic(() => import('./yaml-diff'), { ssr: false, loading });
