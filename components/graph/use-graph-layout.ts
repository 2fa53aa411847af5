'use client';
import { useEffect, useRef, useState } from 'react';
import type { Diagnostic } from '@/lib/core/diagnostic';
import type { IstioResource } from '@/lib/core/resource';
import type { Positions } from '@/lib/graph/layout';
import type { EgressGraph } from '@/lib/graph/types';
import type { GraphRequest, GraphResponse } from './graph-protocol';

export interface GraphLayoutState {
  graph?: EgressGraph;
  positions?: Positions;
  /** A newer request is being computed (the shown graph may be stale). */
  pending: boolean;
  error?: string;
  ms?: number;
}

/** Wait this long after a change before recomputing, so typing does not queue a layout per keystroke. */
const DEBOUNCE_MS = 120;

/** Derive and lay out the graph in a Web Worker (main thread as a fallback), newest request wins. */
export function useGraphLayout(resources: IstioResource[], diagnostics: Diagnostic[]): GraphLayoutState {
  const [state, setState] = useState<GraphLayoutState>({ pending: true });
  const worker = useRef<Worker | null>(null);
  const seq = useRef(0);

  useEffect(() => {
    try {
      const w = new Worker(new URL('./graph.worker.ts', import.meta.url), { type: 'module' });
      w.onmessage = (ev: MessageEvent<GraphResponse>) => accept(ev.data);
      worker.current = w;
      return () => {
        w.terminate();
        worker.current = null;
      };
    } catch {
      worker.current = null;
      return undefined;
    }
    function accept(res: GraphResponse) {
      // Only our answers: elkjs's own dispatcher shares the worker's global scope and may post too.
      if (typeof res?.ok !== 'boolean' || res.id !== seq.current) return;
      setState((prev) => (res.ok ? { graph: res.graph, positions: res.positions, pending: false, ms: res.ms } : { ...prev, pending: false, error: res.error }));
    }
  }, []);

  useEffect(() => {
    const id = ++seq.current;
    const timer = setTimeout(() => {
      setState((prev) => (prev.pending ? prev : { ...prev, pending: true }));
      const req: GraphRequest = { id, resources, diagnostics };
      if (worker.current) {
        worker.current.postMessage(req);
        return;
      }
      void import('./compute-graph').then(({ computeGraph }) => computeGraph(req)).then((res) => {
        if (res.id !== seq.current) return;
        setState((prev) => (res.ok ? { graph: res.graph, positions: res.positions, pending: false, ms: res.ms } : { ...prev, pending: false, error: res.error }));
      });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [resources, diagnostics]);

  return state;
}
