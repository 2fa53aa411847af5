/**
 * The graph worker's state between requests (also run on the main thread when workers are unavailable): the
 * resources and diagnostics it holds, its last answer's nodes and edges, and the layout of the last shape.
 */
import type { Diagnostic } from '@/lib/core/diagnostic';
import type { IstioResource } from '@/lib/core/resource';
import { deriveGraph } from '@/lib/graph/derive';
import { layoutGraph, nodeWidth, type Positions } from '@/lib/graph/layout';
import type { EgressGraph } from '@/lib/graph/types';
import { applyListDelta, encodeListDelta } from '@/lib/workspace/list-delta';
import type { GraphRequest, GraphResponse } from './graph-protocol';

/** What the layout reads: node ids, order, types and widths, and the edges' ends. */
function shapeOf(g: EgressGraph): string {
  return `${g.nodes.map((n) => `${n.id}\t${n.type}\t${nodeWidth(n)}`).join('\n')}\n\n${g.edges.map((e) => `${e.id}\t${e.source}\t${e.target}`).join('\n')}`;
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
  let sent: EgressGraph | null = null;
  let shape = '';
  let positions: Positions | null = null;
  // NOTE: nodes and edges are rebuilt by every derive: they match the last answer's by content (JSON), cached per object
  const keys = new WeakMap<object, string>();
  const keyOf = (x: object) => {
    let k = keys.get(x);
    if (k === undefined) keys.set(x, (k = JSON.stringify(x)));
    return k;
  };
  const forgetAnswers = () => {
    sent = positions = null;
    shape = '';
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
        const nodes = encodeListDelta(sent?.nodes ?? null, graph.nodes, keyOf);
        const edges = encodeListDelta(sent?.edges ?? null, graph.edges, keyOf);
        sent = graph;
        return { id, ok: true, full, nodes, edges, positions: relaid ? positions : null, ms: performance.now() - start };
      } catch (e) {
        // the view drops its copy on an error: the next answer is full
        forgetAnswers();
        return { id, ok: false, error: e instanceof Error ? e.message : String(e) };
      }
    },
  };
}
