'use client';
import { memo, useMemo, useRef, type RefObject } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { CountBadge } from '@/components/ui/severity-icon';
import { cn } from '@/components/ui/cn';
import { groupResources, type ResourceGroup, type ResourceRow } from '@/lib/workspace/views';
import type { Selection } from '@/lib/workspace/types';
import { useWorkspace, useWorkspaceStore } from './workspace-context';

// Fixed heights (px) let the list render only the rows in view: a mesh has thousands of resources.
const ROW_H = 20;
const HEADER_H = 22;
const GROUP_GAP = 4;
const PAD = 4;

/** Resources grouped by kind with error/warning badges; a click selects and reveals the document. */
export function ResourceList() {
  const analysis = useWorkspace((s) => s.analysis);
  const lastGood = useWorkspace((s) => s.lastGood);
  const selection = useWorkspace((s) => s.selection);
  const scroller = useRef<HTMLDivElement>(null);
  const resources = analysis && !analysis.yamlBroken ? analysis.resources : lastGood;
  const groups = useMemo(() => groupResources(resources, analysis?.diagnostics ?? []), [resources, analysis]);
  const tops = useMemo(() => groupTops(groups), [groups]);

  if (!analysis) return <p className="p-3 text-xs text-zinc-500 dark:text-zinc-400">Reading the workspace…</p>;
  if (groups.length === 0) {
    return <p className="p-3 text-xs text-zinc-500 dark:text-zinc-400">No Istio resources yet. Use “New resource” or “Import”, or type YAML in the editor.</p>;
  }
  return (
    <div ref={scroller} className="min-h-0 flex-1 overflow-auto" style={{ paddingTop: PAD, paddingBottom: PAD }}>
      {groups.map((g, i) => (
        <KindGroup key={g.kind} group={g} top={tops[i]!} scroller={scroller} selection={selection} />
      ))}
    </div>
  );
}

/** Offset of each group from the top of the scroller's content. */
function groupTops(groups: readonly ResourceGroup[]): number[] {
  const tops: number[] = [];
  groups.reduce((top, g) => {
    tops.push(top);
    return top + HEADER_H + g.rows.length * ROW_H + GROUP_GAP;
  }, PAD);
  return tops;
}

/** One kind's rows, of which only those in the scroller's view (plus overscan) are in the DOM. */
function KindGroup({ group, top, scroller, selection }: { group: ResourceGroup; top: number; scroller: RefObject<HTMLDivElement | null>; selection: Selection | null }) {
  // NOTE: the virtualizer's functions are read during this render only; nothing memoizes them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count: group.rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_H,
    scrollMargin: top + HEADER_H,
    overscan: 12,
    initialRect: { width: 0, height: 600 },
  });
  return (
    <div role="group" aria-label={group.kind} style={{ marginBottom: GROUP_GAP }}>
      <h3 className="truncate px-2 pt-1.5 pb-0.5 text-[11px] leading-[15px] font-semibold text-zinc-500 dark:text-zinc-400" style={{ height: HEADER_H }}>
        {group.kind} <span className="font-normal tabular-nums">({group.rows.length})</span>
      </h3>
      <ul className="relative" style={{ height: virtual.getTotalSize() }}>
        {virtual.getVirtualItems().map((v) => {
          const row = group.rows[v.index]!;
          const selected = selection?.document === row.document && (selection.item === undefined || selection.item === row.basePath[1]);
          return <Row key={row.key} row={row} selected={selected} y={v.start - virtual.options.scrollMargin} />;
        })}
      </ul>
    </div>
  );
}

const Row = memo(function Row({ row, selected, y }: { row: ResourceRow; selected: boolean; y: number }) {
  const store = useWorkspaceStore();
  return (
    <li className="absolute inset-x-0" style={{ top: y, height: ROW_H }}>
      <button
        type="button"
        aria-current={selected ? 'true' : undefined}
        onClick={() =>
          store.select({
            document: row.document,
            ...(typeof row.basePath[1] === 'number' ? { item: row.basePath[1] } : {}),
          })
        }
        className={cn(
          'flex h-full w-full items-center gap-1.5 px-3 text-left font-mono text-xs',
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
});
