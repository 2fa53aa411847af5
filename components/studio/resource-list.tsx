'use client';
import { useMemo } from 'react';
import { CountBadge } from '@/components/ui/severity-icon';
import { cn } from '@/components/ui/cn';
import { groupResources } from '@/lib/workspace/views';
import { useWorkspace, useWorkspaceStore } from './workspace-context';

/** Resources grouped by kind with error/warning badges; a click selects and reveals the document. */
export function ResourceList() {
  const store = useWorkspaceStore();
  const analysis = useWorkspace((s) => s.analysis);
  const lastGood = useWorkspace((s) => s.lastGood);
  const selection = useWorkspace((s) => s.selection);
  const resources = analysis && !analysis.yamlBroken ? analysis.resources : lastGood;
  const groups = useMemo(() => groupResources(resources, analysis?.diagnostics ?? []), [resources, analysis]);

  if (!analysis) return <p className="p-3 text-xs text-zinc-500">Reading the workspace…</p>;
  if (groups.length === 0) {
    return <p className="p-3 text-xs text-zinc-500">No Istio resources yet. Use “New resource” or “Import”, or type YAML in the editor.</p>;
  }
  return (
    <div className="min-h-0 flex-1 overflow-auto py-1">
      {groups.map((g) => (
        <div key={g.kind} role="group" aria-label={g.kind} className="mb-1">
          <h3 className="px-2 pt-1.5 pb-0.5 text-[11px] font-semibold text-zinc-500 dark:text-zinc-400">
            {g.kind} <span className="font-normal tabular-nums">({g.rows.length})</span>
          </h3>
          <ul>
            {g.rows.map((row) => {
              const selected = selection?.document === row.document && (selection.item === undefined || selection.item === row.basePath[1]);
              return (
                <li key={row.key}>
                  <button
                    type="button"
                    aria-current={selected ? 'true' : undefined}
                    onClick={() => store.select({ document: row.document, ...(typeof row.basePath[1] === 'number' ? { item: row.basePath[1] } : {}) })}
                    className={cn(
                      'flex w-full items-center gap-1.5 px-3 py-0.5 text-left font-mono text-xs',
                      selected ? 'bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-100' : 'hover:bg-zinc-100 dark:hover:bg-zinc-800/60',
                    )}
                  >
                    <span className="min-w-0 flex-1 truncate" title={row.label}>
                      {row.label}
                    </span>
                    <CountBadge count={row.errors} severity="error" />
                    <CountBadge count={row.warnings} severity="warning" />
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
}
