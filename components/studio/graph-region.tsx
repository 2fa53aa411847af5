'use client';
import dynamic from 'next/dynamic';
import { useCallback, useMemo } from 'react';
import { useWorkspace, useWorkspaceStore } from './workspace-context';

// React Flow and the layout worker load after the page shell, in the browser only.
const GraphPanel = dynamic(() => import('@/components/graph/graph-panel').then((m) => m.GraphPanel), {
  ssr: false,
  loading: () => <p className="p-3 text-xs text-zinc-500 dark:text-zinc-400">Loading graph…</p>,
});

const NO_DIAGNOSTICS: never[] = [];

/** The egress graph of the workspace (the last good model while the YAML is broken); a click selects. */
export function GraphRegion() {
  const store = useWorkspaceStore();
  const analysis = useWorkspace((s) => s.analysis);
  const lastGood = useWorkspace((s) => s.lastGood);
  const document = useWorkspace((s) => s.selection?.document);
  const resources = analysis && !analysis.yamlBroken ? analysis.resources : lastGood;
  const selected = useMemo(() => (document === undefined ? undefined : { document }), [document]);
  const onSelect = useCallback((t: { document: number; path?: string }) => store.select({ document: t.document, ...(t.path ? { path: t.path } : {}) }), [store]);

  if (!analysis) return <p className="p-3 text-xs text-zinc-500 dark:text-zinc-400">Reading the workspace…</p>;
  return (
    <div className="min-h-0 flex-1">
      <GraphPanel resources={resources} diagnostics={analysis.diagnostics ?? NO_DIAGNOSTICS} onSelect={onSelect} {...(selected ? { selected } : {})} />
    </div>
  );
}
