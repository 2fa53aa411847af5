/** Text shown for an edge and a node across the view and the text formats. */
import type { GraphEdge, GraphNode, NodeType } from './types';

/** Readable name of each node type. */
export const TYPE_NAMES: Record<NodeType, string> = {
  mesh: 'Sidecars',
  gateway: 'Gateway',
  service: 'Service',
  external: 'External service',
  workload: 'Workload',
  endpoint: 'Endpoint',
};

/** `port 80 · 90% · tls SIMPLE`: the route label, else port/protocol, plus the TLS mode when there is one. */
export function edgeCaption(e: GraphEdge): string {
  const base = e.label || [e.port !== undefined ? String(e.port) : '', e.protocol ?? ''].filter(Boolean).join('/');
  return [base, e.tls ? `tls ${e.tls}` : ''].filter(Boolean).join(' · ');
}

/** Whether traffic on the edge is encrypted by TLS (originated, mutual, or the application's own). */
export function isSecureEdge(e: GraphEdge): boolean {
  return e.tls !== undefined && e.tls !== 'DISABLE';
}

/** Whether the node terminates or originates TLS (a Gateway server with TLS settings). */
export function isSecureNode(n: GraphNode): boolean {
  return n.details.tls !== undefined;
}

/** Accessible name of a node: its type and label, plus the namespace and issue counts. */
export function nodeAccessibleName(n: GraphNode): string {
  const issues = [n.diagnostics.errors ? `${n.diagnostics.errors} errors` : '', n.diagnostics.warnings ? `${n.diagnostics.warnings} warnings` : ''].filter(Boolean).join(', ');
  return `${TYPE_NAMES[n.type]} ${n.label}${n.namespace && n.type !== 'mesh' ? ` in ${n.namespace}` : ''}${issues ? ` (${issues})` : ''}`;
}
