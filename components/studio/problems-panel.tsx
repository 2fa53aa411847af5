'use client';
import { memo, useCallback, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { SeverityIcon } from '@/components/ui/severity-icon';
import { cn } from '@/components/ui/cn';
import { summarize, type Diagnostic, type Severity } from '@/lib/core/diagnostic';
import type { IstioResource } from '@/lib/core/resource';
import { describeRef, filterProblems, type SeverityFilter } from '@/lib/workspace/views';
import { useWorkspace, useWorkspaceStore } from './workspace-context';

const toggles: { severity: Severity; label: string; key: 'errors' | 'warnings' | 'infos' }[] = [
  { severity: 'error', label: 'Errors', key: 'errors' },
  { severity: 'warning', label: 'Warnings', key: 'warnings' },
  { severity: 'info', label: 'Info', key: 'infos' },
];

/** Toolbar: per-severity toggles with counts. */
export function ProblemFilters({ filter, onChange, diagnostics }: { filter: SeverityFilter; onChange: (f: SeverityFilter) => void; diagnostics: readonly Diagnostic[] }) {
  const counts = summarize(diagnostics);
  return (
    <div className="flex items-center gap-1" role="toolbar" aria-label="Severity filter">
      {toggles.map((t) => (
        <button
          key={t.severity}
          type="button"
          aria-pressed={filter[t.severity]}
          onClick={() => onChange({ ...filter, [t.severity]: !filter[t.severity] })}
          className={cn(
            'inline-flex h-6 items-center gap-1 rounded px-1.5 text-[11px] tabular-nums',
            filter[t.severity] ? 'bg-zinc-200 text-zinc-900 dark:bg-zinc-700 dark:text-zinc-50' : 'text-zinc-500 line-through decoration-zinc-400 hover:bg-zinc-100 dark:hover:bg-zinc-800',
          )}
        >
          <SeverityIcon severity={t.severity} size={12} />
          {t.label} {counts[t.key]}
        </button>
      ))}
    </div>
  );
}

/** Above this many rows only those in view are rendered (rows wrap, so their heights are measured). */
const VIRTUAL_FROM = 200;

/** A stable React key per diagnostic object: unchanged problems keep their rows when others come and go. */
const keys = new WeakMap<Diagnostic, number>();
let nextKey = 0;
function keyOf(d: Diagnostic): number {
  let k = keys.get(d);
  if (k === undefined) keys.set(d, (k = nextKey++));
  return k;
}

/** Every diagnostic of the workspace; a click selects its resource and reveals its range. */
export function ProblemsPanel({ filter }: { filter: SeverityFilter }) {
  const store = useWorkspaceStore();
  const analysis = useWorkspace((s) => s.analysis);
  const diagnostics = analysis?.diagnostics;
  const shown = useMemo(() => filterProblems(diagnostics ?? [], filter), [diagnostics, filter]);
  // Reads the resources at click time: rows need not re-render when only other documents changed.
  const onSelect = useCallback(
    (d: Diagnostic) => store.select({ document: d.document, ...itemOf(d, store.getState().analysis?.resources ?? []), path: d.path, range: d.range }),
    [store],
  );

  if (!analysis) return <p className="p-3 text-xs text-zinc-500 dark:text-zinc-400">Validating…</p>;
  if (analysis.diagnostics.length === 0) return <p className="p-3 text-xs text-zinc-500 dark:text-zinc-400">No problems in the workspace.</p>;
  if (shown.length === 0) return <p className="p-3 text-xs text-zinc-500 dark:text-zinc-400">Every problem is hidden by the severity filter.</p>;
  if (shown.length >= VIRTUAL_FROM) return <VirtualProblems shown={shown} onSelect={onSelect} />;
  return (
    <ul className="min-h-0 flex-1 overflow-auto py-0.5 text-xs" aria-label="Problem list">
      {shown.map((d) => (
        <li key={keyOf(d)}>
          <ProblemRow d={d} onSelect={onSelect} />
        </li>
      ))}
    </ul>
  );
}

/** A long list: only the rows in view (plus overscan) are in the DOM. */
function VirtualProblems({ shown, onSelect }: { shown: readonly Diagnostic[]; onSelect: (d: Diagnostic) => void }) {
  const scroller = useRef<HTMLDivElement>(null);
  // NOTE: the virtualizer's functions are read during this render only; nothing memoizes them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 20,
    getItemKey: (i) => keyOf(shown[i]!),
    overscan: 20,
    initialRect: { width: 0, height: 600 },
  });
  return (
    <div ref={scroller} className="min-h-0 flex-1 overflow-auto py-0.5 text-xs">
      <ul aria-label="Problem list" className="relative" style={{ height: virtual.getTotalSize() }}>
        {virtual.getVirtualItems().map((v) => (
          <li key={v.key} data-index={v.index} ref={virtual.measureElement} className="absolute inset-x-0" style={{ top: v.start }}>
            <ProblemRow d={shown[v.index]!} onSelect={onSelect} />
          </li>
        ))}
      </ul>
    </div>
  );
}

const ProblemRow = memo(function ProblemRow({ d, onSelect }: { d: Diagnostic; onSelect: (d: Diagnostic) => void }) {
  return (
    <button type="button" onClick={() => onSelect(d)} className="flex w-full items-baseline gap-2 px-2 py-0.5 text-left hover:bg-zinc-100 dark:hover:bg-zinc-800/60">
      <span className="self-center">
        <SeverityIcon severity={d.severity} />
      </span>
      <span className="shrink-0 font-mono text-[11px] text-zinc-500 dark:text-zinc-400">{d.code}</span>
      <span className="min-w-0 flex-1">{d.message}</span>
      <span className="shrink-0 text-zinc-500 dark:text-zinc-400">{describeRef(d.resource)}</span>
      <span className="shrink-0 font-mono text-[11px] text-zinc-500 tabular-nums dark:text-zinc-400">
        {d.range.line}:{d.range.column}
      </span>
    </button>
  );
});

/** The `kind: List` item a diagnostic belongs to, when it is in one. */
function itemOf(d: Diagnostic, resources: readonly IstioResource[]): { item?: number } {
  const r = d.resource && resources.find((x) => x.document === d.document && x.kind === d.resource!.kind && x.name === d.resource!.name && x.namespace === d.resource!.namespace);
  return r && typeof r.basePath[1] === 'number' ? { item: r.basePath[1] } : {};
}

/** Default filter: everything shown. */
export function useSeverityFilter() {
  return useState<SeverityFilter>({ error: true, warning: true, info: true });
}
