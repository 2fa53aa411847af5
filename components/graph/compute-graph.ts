/** Derive and lay out in one step; the worker runs it, and the main thread when workers are unavailable. */
import { deriveGraph } from '@/lib/graph/derive';
import { layoutGraph } from '@/lib/graph/layout';
import type { GraphRequest, GraphResponse } from './graph-protocol';

/** Answer a request; failures become an error answer, never an exception. */
export async function computeGraph(req: GraphRequest): Promise<GraphResponse> {
  const start = performance.now();
  try {
    const graph = deriveGraph(req.resources, req.diagnostics);
    const positions = await layoutGraph(graph);
    return { id: req.id, ok: true, graph, positions, ms: performance.now() - start };
  } catch (e) {
    return { id: req.id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
