/** Derive the egress graph from the workspace's resources: a pure function, deterministic (nodes and edges sorted by id). */
import type { Diagnostic } from '../core/diagnostic';
import type { IstioResource } from '../core/resource';
import { createBuilder } from './builder';
import { buildContext } from './context';
import { deriveGateways } from './derive-gateways';
import { deriveDefaultPaths, deriveRoutes } from './derive-routes';
import { deriveRules } from './derive-rules';
import { deriveServices } from './derive-services';
import type { EgressGraph } from './types';

export type { EgressGraph, GraphEdge, GraphNode, NodeType, EdgeTls } from './types';

/**
 * Sidecars → gateways → services → endpoints, from the resources as plain data (never assumed valid), with the
 * diagnostics of each resource attached to the nodes and edges that stand for it. See docs/graph.md.
 */
export function deriveGraph(resources: readonly IstioResource[], diagnostics: readonly Diagnostic[] = []): EgressGraph {
  const ctx = buildContext(resources);
  const b = createBuilder();
  deriveGateways(b, ctx);
  deriveServices(b, ctx, resources);
  deriveRoutes(b, ctx);
  deriveDefaultPaths(b, ctx);
  deriveRules(b, ctx);
  return b.finish(diagnostics);
}
