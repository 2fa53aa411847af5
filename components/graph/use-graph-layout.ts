'use client';
import { startTransition, useEffect, useRef, useState } from 'react';
import type { Diagnostic } from '@/lib/core/diagnostic';
import type { IstioResource } from '@/lib/core/resource';
import type { Positions } from '@/lib/graph/layout';
import type { EgressGraph } from '@/lib/graph/types';
import { applyListDelta, encodeListDelta, sameItems } from '@/lib/workspace/list-delta';
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
/** A mesh-scale workspace waits for a pause in typing: each update costs React Flow a pass over every node and edge. */
const LARGE_DEBOUNCE_MS = 800;
const LARGE = 500;

interface Channel {
  post(req: GraphRequest): void;
  dispose(): void;
}

/** The graph worker, or the same session on the main thread where workers are unavailable. */
function openChannel(onAnswer: (res: GraphResponse) => void): Channel {
  try {
    const w = new Worker(new URL('./graph.worker.ts', import.meta.url), { type: 'module', name: 'graph' });
    // Only our answers: elkjs's own dispatcher shares the worker's global scope and may post too.
    w.onmessage = (ev: MessageEvent<GraphResponse>) => typeof ev.data?.ok === 'boolean' && onAnswer(ev.data);
    return { post: (req) => w.postMessage(req), dispose: () => w.terminate() };
  } catch {
    let disposed = false;
    const session = import('./graph-session').then((m) => m.createGraphSession());
    return {
      post: (req) => void session.then(async (s) => {
        s.receive(req);
        const res = await s.answer(req.id);
        if (!disposed) onAnswer(res);
      }),
      dispose: () => void (disposed = true),
    };
  }
}

/**
 * Derive and lay out the graph in a Web Worker, newest request wins. Only what changed crosses the thread (see
 * graph-protocol.ts); nothing is sent while the inputs keep their items or while `active` is false (the graph is
 * out of view), and unchanged nodes and edges keep their objects, so React Flow re-renders only what changed.
 */
export function useGraphLayout(resources: IstioResource[], diagnostics: Diagnostic[], active = true): GraphLayoutState {
  const [state, setState] = useState<GraphLayoutState>({ pending: true });
  /** Bumped when the worker's answers stop fitting our copy: sends everything again. */
  const [resync, setResync] = useState(0);
  const channel = useRef<Channel | null>(null);
  const seq = useRef(0);
  /** What the worker holds (the inputs of the last request), null: it holds nothing we know of. */
  const sent = useRef<{ resources: IstioResource[]; diagnostics: Diagnostic[] } | null>(null);
  /** Our copy of the worker's last answer. */
  const held = useRef<{ graph: EgressGraph; positions: Positions } | null>(null);

  useEffect(() => {
    const ch = openChannel((res) => {
      const stale = res.id !== seq.current;
      if (!res.ok) {
        held.current = null;
        setState((prev) => ({ ...prev, pending: stale, error: res.error }));
        return;
      }
      const base = res.full ? null : held.current;
      const nodes = applyListDelta(base?.graph.nodes ?? null, res.nodes);
      const edges = applyListDelta(base?.graph.edges ?? null, res.edges);
      const positions = res.positions ?? base?.positions;
      if (!nodes || !edges || !positions) {
        // NOTE: cannot happen while answers arrive in order; start over with a full request
        held.current = null;
        sent.current = null;
        setResync((n) => n + 1);
        return;
      }
      const same = base && sameItems(base.graph.nodes, nodes) && sameItems(base.graph.edges, edges);
      held.current = { graph: same ? base.graph : { nodes, edges }, positions };
      const { graph } = held.current;
      // An interruptible render: typing is not held up by React Flow taking in a large graph.
      startTransition(() => setState({ graph, positions, pending: stale, ms: res.ms }));
    });
    channel.current = ch;
    return () => {
      ch.dispose();
      channel.current = null;
      sent.current = null;
      held.current = null;
    };
  }, []);

  useEffect(() => {
    if (!active) return;
    const last = sent.current;
    if (last && sameItems(last.resources, resources) && sameItems(last.diagnostics, diagnostics)) return;
    const timer = setTimeout(() => {
      const id = ++seq.current;
      setState((prev) => (prev.pending ? prev : { ...prev, pending: true }));
      const base = sent.current;
      channel.current?.post({
        id,
        full: base === null,
        resources: encodeListDelta(base?.resources ?? null, resources),
        diagnostics: encodeListDelta(base?.diagnostics ?? null, diagnostics),
      });
      sent.current = { resources, diagnostics };
    }, resources.length > LARGE ? LARGE_DEBOUNCE_MS : DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [resources, diagnostics, active, resync]);

  return state;
}
