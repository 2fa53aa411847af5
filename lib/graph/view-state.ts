/** What the graph view shows: namespace filter, host search and traced paths, as pure functions over the graph. */
import type { EgressGraph, GraphEdge, GraphNode } from './types';

export interface Highlight {
  nodes: Set<string>;
  edges: Set<string>;
}

/** Effective namespace of an edge: the namespace of its resource (`default` when the resource names none). */
function edgeNamespace(e: GraphEdge): string | undefined {
  return e.resource ? (e.resource.namespace ?? 'default') : undefined;
}

/** Namespaces present in the graph (nodes and edge resources), sorted. */
export function namespacesOf(graph: EgressGraph): string[] {
  const out = new Set<string>();
  for (const n of graph.nodes) if (n.namespace) out.add(n.namespace);
  for (const e of graph.edges) {
    const ns = edgeNamespace(e);
    if (ns) out.add(ns);
  }
  return [...out].sort();
}

/**
 * The part of the graph that concerns `namespace`: its nodes, the edges of its resources, and the nodes those edges
 * join (so a route of the namespace still shows the shared sidecars and the hosts it reaches).
 */
export function filterByNamespace(graph: EgressGraph, namespace: string | undefined): EgressGraph {
  if (!namespace) return graph;
  const keep = new Set(graph.nodes.filter((n) => n.namespace === namespace).map((n) => n.id));
  for (const e of graph.edges) {
    if (edgeNamespace(e) === namespace) keep.add(e.source).add(e.target);
  }
  return { nodes: graph.nodes.filter((n) => keep.has(n.id)), edges: graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target)) };
}

/** Nodes whose label contains `query` (case-insensitive); undefined when the query is blank (nothing to dim). */
export function searchNodes(nodes: readonly GraphNode[], query: string): Set<string> | undefined {
  const q = query.trim().toLowerCase();
  if (!q) return undefined;
  return new Set(nodes.filter((n) => n.label.toLowerCase().includes(q)).map((n) => n.id));
}

/** Every path to `target`: the nodes that reach it and the edges between them, plus what it leads to (its endpoints). */
export function tracePaths(graph: EgressGraph, target: string): Highlight {
  const incoming = new Map<string, GraphEdge[]>();
  const outgoing = new Map<string, GraphEdge[]>();
  for (const e of graph.edges) {
    incoming.set(e.target, [...(incoming.get(e.target) ?? []), e]);
    outgoing.set(e.source, [...(outgoing.get(e.source) ?? []), e]);
  }
  const nodes = new Set<string>([target]);
  const edges = new Set<string>();
  const walk = (start: string, next: Map<string, GraphEdge[]>, end: (e: GraphEdge) => string) => {
    const queue = [start];
    while (queue.length) {
      const id = queue.pop()!;
      for (const e of next.get(id) ?? []) {
        edges.add(e.id);
        const other = end(e);
        if (!nodes.has(other)) {
          nodes.add(other);
          queue.push(other);
        }
      }
    }
  };
  walk(target, incoming, (e) => e.source);
  walk(target, outgoing, (e) => e.target);
  return { nodes, edges };
}
