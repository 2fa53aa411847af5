'use client';
import { ImageDown } from 'lucide-react';
import { Button } from '@/components/ui/button';
import type { GraphNode } from '@/lib/graph/types';

const field =
  'h-7 rounded-md border border-zinc-300 bg-white px-1.5 text-xs text-zinc-900 focus-visible:outline-2 focus-visible:outline-sky-500 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100';

export interface GraphToolbarProps {
  namespaces: string[];
  namespace: string;
  onNamespace: (ns: string) => void;
  query: string;
  onQuery: (q: string) => void;
  /** Nodes that can be traced (hosts and gateways of the visible graph). */
  traceable: GraphNode[];
  traced: string;
  onTrace: (id: string) => void;
  onExport: (format: 'png' | 'svg') => void;
  status: string;
}

/** Namespace filter, host search, trace, export, and a status line. */
export function GraphToolbar(p: GraphToolbarProps) {
  return (
    <div className="flex shrink-0 flex-wrap items-center gap-1.5 border-b border-zinc-200 px-2 py-1 dark:border-zinc-800">
      <select aria-label="Namespace" className={field} value={p.namespace} onChange={(e) => p.onNamespace(e.target.value)}>
        <option value="">All namespaces</option>
        {p.namespaces.map((ns) => (
          <option key={ns} value={ns}>
            {ns}
          </option>
        ))}
      </select>
      <input
        type="search"
        aria-label="Search hosts"
        placeholder="Search hosts"
        className={`${field} w-36`}
        value={p.query}
        onChange={(e) => p.onQuery(e.target.value)}
        onKeyDown={(e) => {
          // Enter traces the first match: the quickest way to "where does traffic to this host go through?"
          if (e.key !== 'Enter') return;
          const q = p.query.trim().toLowerCase();
          const hit = p.traceable.find((n) => n.label.toLowerCase().includes(q));
          if (q && hit) p.onTrace(hit.id);
        }}
      />
      <select aria-label="Trace host" className={`${field} max-w-44`} value={p.traced} onChange={(e) => p.onTrace(e.target.value)}>
        <option value="">Trace: none</option>
        {p.traceable.map((n) => (
          <option key={n.id} value={n.id}>
            {n.label}
          </option>
        ))}
      </select>
      <Button aria-label="Export PNG" onClick={() => p.onExport('png')}>
        <ImageDown aria-hidden size={14} /> PNG
      </Button>
      <Button aria-label="Export SVG" onClick={() => p.onExport('svg')}>
        <ImageDown aria-hidden size={14} /> SVG
      </Button>
      <span className="ml-auto text-[11px] text-zinc-500 dark:text-zinc-400 tabular-nums" role="status">
        {p.status}
      </span>
    </div>
  );
}
