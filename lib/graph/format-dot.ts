/** Graphviz DOT: left to right, one rank per layer (sources → gateways → services → endpoints). */
import { edgeCaption, isSecureEdge } from './caption';
import { LAYER_OF, type EgressGraph, type NodeType } from './types';

/** A DOT double-quoted string: backslashes and quotes escaped, line breaks as `\n`. */
export function dotString(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}

const SHAPES: Record<NodeType, string> = {
  mesh: 'shape=box, style="rounded,filled", fillcolor="#e0f2fe"',
  gateway: 'shape=hexagon, style=filled, fillcolor="#ede9fe"',
  service: 'shape=box, style=filled, fillcolor="#dcfce7"',
  external: 'shape=box, style="filled,dashed", fillcolor="#fef9c3"',
  workload: 'shape=component, style=filled, fillcolor="#f1f5f9"',
  endpoint: 'shape=ellipse, style=filled, fillcolor="#f1f5f9"',
};

/** The graph in Graphviz DOT. */
export function toDot(graph: EgressGraph): string {
  const lines = ['digraph egress {', '  rankdir=LR;', '  node [fontname="Helvetica", fontsize=11];', '  edge [fontname="Helvetica", fontsize=9];'];
  const layers = new Map<number, string[]>();
  for (const n of graph.nodes) {
    const layer = LAYER_OF[n.type];
    layers.set(layer, [...(layers.get(layer) ?? []), dotString(n.id)]);
    const issues = n.diagnostics.errors ? ', color="#dc2626", penwidth=2' : n.diagnostics.warnings ? ', color="#d97706", penwidth=2' : '';
    lines.push(`  ${dotString(n.id)} [label=${dotString(n.label)}, ${SHAPES[n.type]}${issues}];`);
  }
  for (const [, ids] of [...layers].sort((a, b) => a[0] - b[0])) lines.push(`  { rank=same; ${ids.join('; ')}; }`);
  for (const e of graph.edges) {
    const style = isSecureEdge(e) ? ', penwidth=2' : '';
    lines.push(`  ${dotString(e.source)} -> ${dotString(e.target)} [label=${dotString(edgeCaption(e))}${style}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
