/** Text formats of the graph for the CLI: JSON (stable shape), Graphviz DOT and Mermaid. */
import type { EgressGraph, GraphResourceRef } from './types';

export { toDot } from './format-dot';
export { toMermaid } from './format-mermaid';

function resourceJson(r: GraphResourceRef | undefined) {
  return r ? { kind: r.kind, namespace: r.namespace ?? null, name: r.name, document: r.document } : null;
}

/**
 * The graph as JSON: `{"nodes":[{id,type,label,namespace,resource:{kind,namespace,name}}],"edges":[{id,source,target,
 * label,protocol,port,tls,resource}]}`; absent values are null so every key is always there. Extra keys: `document` in
 * resources, edge `weight`/`subset`/`match`, `diagnostics` counts, and `details`.
 */
export function toJson(graph: EgressGraph): string {
  const out = {
    nodes: graph.nodes.map((n) => ({
      id: n.id,
      type: n.type,
      label: n.label,
      namespace: n.namespace ?? null,
      resource: resourceJson(n.resource),
      diagnostics: n.diagnostics,
      details: n.details,
    })),
    edges: graph.edges.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      label: e.label,
      protocol: e.protocol ?? null,
      port: e.port ?? null,
      tls: e.tls ?? null,
      resource: resourceJson(e.resource),
      weight: e.weight ?? null,
      subset: e.subset ?? null,
      match: e.match ?? null,
      diagnostics: e.diagnostics,
      details: e.details,
    })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
