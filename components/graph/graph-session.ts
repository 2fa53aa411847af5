/**
 * The graph worker's state between requests (also run on the main thread when workers are unavailable): the
 * resources and diagnostics it holds, content keys of its last answer's nodes and edges, and the last layout.
 */
import type { Diagnostic } from '@/lib/core/diagnostic';
import type { IstioResource } from '@/lib/core/resource';
import { deriveGraph } from '@/lib/graph/derive';
import { layoutGraph, nodeWidth, type Positions } from '@/lib/graph/layout';
import type { EgressGraph } from '@/lib/graph/types';
import { applyListDelta, encodeKeyedDelta } from '@/lib/workspace/list-delta';
import type { GraphRequest, GraphResponse } from './graph-protocol';

/**
 * A 53-bit hash of the element's JSON (two FNV-1a passes): keys of 25,000 elements (mesh-5000) as strings were
 * 17 MB kept in the worker; a collision (odds ~1e-8 at that size) would show an element's previous version.
 */
function contentKey(x: object): number {
  return hash53(JSON.stringify(x));
}

function hash53(s: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

/** What the layout reads: node ids, order, types and widths, and the edges' ends. */
function shapeOf(g: EgressGraph): number {
  return hash53(`${g.nodes.map((n) => `${n.id}\t${n.type}\t${nodeWidth(n)}`).join('\n')}\n\n${g.edges.map((e) => `${e.id}\t${e.source}\t${e.target}`).join('\n')}`);
}

/**
 * One per view. `receive` applies a request's input delta (cheap; every request, in order); `answer` derives from
 * what was received, lays out when the shape changed and encodes the difference from the last answer (costly;
 * the caller runs it for the newest request only).
 */
export function createGraphSession() {
  let resources: IstioResource[] | null = null;
  let diagnostics: Diagnostic[] | null = null;
  /** A request did not fit: answers fail until a full request arrives. */
  let lost = false;
  /** Content keys of the last answer's nodes and edges (not the graph itself: it would stay in memory twice). */
  let sent: { nodes: number[]; edges: number[] } | null = null;
  let shape = -1;
  let positions: Positions | null = null;
  const forgetAnswers = () => {
    sent = positions = null;
    shape = -1;
  };
  return {
    receive(req: GraphRequest): void {
      if (req.full) {
        resources = diagnostics = null;
        lost = false;
        forgetAnswers();
      }
      const r = applyListDelta(resources, req.resources);
      const d = applyListDelta(diagnostics, req.diagnostics);
      lost ||= !r || !d;
      resources = r;
      diagnostics = d;
    },
    async answer(id: number): Promise<GraphResponse> {
      const start = performance.now();
      try {
        if (lost || !resources || !diagnostics) throw new Error('the graph worker lost track of the workspace');
        const graph = deriveGraph(resources, diagnostics);
        const nextShape = shapeOf(graph);
        const relaid = nextShape !== shape || !positions;
        if (relaid) positions = await layoutGraph(graph);
        shape = nextShape;
        const full = sent === null;
        // NOTE: nodes and edges are rebuilt by every derive: they match the last answer's by content
        const keys = { nodes: graph.nodes.map(contentKey), edges: graph.edges.map(contentKey) };
        const nodes = encodeKeyedDelta(sent?.nodes ?? null, graph.nodes, keys.nodes);
        const edges = encodeKeyedDelta(sent?.edges ?? null, graph.edges, keys.edges);
        sent = keys;
        return { id, ok: true, full, nodes, edges, positions: relaid ? positions : null, ms: performance.now() - start };
      } catch (e) {
        // the view drops its copy on an error: the next answer is full
        forgetAnswers();
        return { id, ok: false, error: e instanceof Error ? e.message : String(e) };
      }
    },
  };
}
