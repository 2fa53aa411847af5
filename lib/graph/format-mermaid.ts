/** Mermaid flowchart, left to right; node ids are generated (n0, n1, …) as graph ids hold characters Mermaid rejects. */
import { edgeCaption, isSecureEdge } from './caption';
import type { EgressGraph, NodeType } from './types';

/** Mermaid entity codes for the characters that end or break a quoted label. */
export function mermaidText(s: string): string {
  return s
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/\|/g, '#124;')
    .replace(/\r?\n/g, ' ');
}

const SHAPE: Record<NodeType, [string, string]> = {
  mesh: ['([', '])'],
  gateway: ['{{', '}}'],
  service: ['[', ']'],
  external: ['[/', '/]'],
  workload: ['[(', ')]'],
  endpoint: ['((', '))'],
};

const CLASSES = [
  'classDef mesh fill:#e0f2fe,stroke:#0369a1',
  'classDef gateway fill:#ede9fe,stroke:#6d28d9',
  'classDef service fill:#dcfce7,stroke:#15803d',
  'classDef external fill:#fef9c3,stroke:#a16207',
  'classDef workload fill:#f1f5f9,stroke:#475569',
  'classDef endpoint fill:#f1f5f9,stroke:#475569',
  'classDef error stroke:#dc2626,stroke-width:3px',
  'classDef warning stroke:#d97706,stroke-width:3px',
];

/** The graph as a Mermaid `flowchart LR`. */
export function toMermaid(graph: EgressGraph): string {
  const key = new Map(graph.nodes.map((n, i) => [n.id, `n${i}`]));
  const lines = ['flowchart LR'];
  for (const n of graph.nodes) {
    const [open, close] = SHAPE[n.type];
    lines.push(`  ${key.get(n.id)}${open}"${mermaidText(n.label)}"${close}`);
  }
  for (const e of graph.edges) {
    const caption = edgeCaption(e);
    const arrow = isSecureEdge(e) ? '==>' : '-->';
    lines.push(`  ${key.get(e.source)} ${arrow}${caption ? `|"${mermaidText(caption)}"|` : ''} ${key.get(e.target)}`);
  }
  lines.push(...CLASSES.map((c) => `  ${c}`));
  for (const n of graph.nodes) {
    lines.push(`  class ${key.get(n.id)} ${n.type}`);
    const issue = n.diagnostics.errors ? 'error' : n.diagnostics.warnings ? 'warning' : undefined;
    if (issue) lines.push(`  class ${key.get(n.id)} ${issue}`);
  }
  return `${lines.join('\n')}\n`;
}
