import { parse } from '@ts-graphviz/ast';
import { describe, expect, it } from 'vitest';
import { toDot, toJson, toMermaid } from './format';
import { mermaidText } from './format-mermaid';
import { exampleGraph } from './testing/load';
import type { EgressGraph } from './types';

interface Lit { value: string }
interface AstNode { type: string; id?: Lit; key?: Lit; value?: Lit; targets?: { id: Lit }[]; children: AstNode[] }

/** DOT escString as Graphviz renders a label: a backslash escapes the next character, `\\n` is a line break. */
const unescape = (s: string) => s.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));

/** Node labels, edges and subgraph count of a DOT text, read with a real DOT parser. */
function readDot(dot: string) {
  const nodes = new Map<string, string>();
  const edges: { from: string; to: string; label: string }[] = [];
  let subgraphs = 0;
  const label = (n: AstNode) => unescape(n.children.find((c) => c.type === 'Attribute' && c.key?.value === 'label')?.value?.value ?? '');
  const walk = (n: AstNode) => {
    if (n.type === 'Subgraph') subgraphs++;
    if (n.type === 'Node' && n.id && n.children.length) nodes.set(n.id.value, label(n));
    if (n.type === 'Edge' && n.targets) edges.push({ from: n.targets[0]!.id.value, to: n.targets[1]!.id.value, label: label(n) });
    n.children.forEach(walk);
  };
  walk(parse(dot) as unknown as AstNode);
  return { nodes, edges, subgraphs };
}

const tricky: EgressGraph = {
  nodes: [
    { id: 'mesh', type: 'mesh', label: 'sidecars', details: {}, diagnostics: { errors: 0, warnings: 0, codes: [] } },
    { id: 'host:a"b', type: 'external', label: 'say "hi" \\ <b>#1|2</b>\nnext', details: {}, diagnostics: { errors: 1, warnings: 0, codes: ['X'] } },
  ],
  edges: [{ id: 'e', source: 'mesh', target: 'host:a"b', label: 'uri "/a\\b"', tls: 'MUTUAL', details: {}, diagnostics: { errors: 0, warnings: 0, codes: [] } }],
};

describe('toJson', () => {
  it('has exactly the documented keys, with null for absent values', () => {
    const json = JSON.parse(toJson(exampleGraph('04-egress-gateway-httpbin')));
    const gw = json.nodes.find((n: { type: string }) => n.type === 'gateway');
    expect(Object.keys(gw).slice(0, 5)).toEqual(['id', 'type', 'label', 'namespace', 'resource']);
    expect(gw).toMatchObject({ id: 'gateway:istio-system/istio-egressgateway', label: 'istio-egressgateway', namespace: 'istio-system', resource: { kind: 'Gateway', namespace: 'istio-system', name: 'istio-egressgateway', document: 1 } });
    expect(json.nodes.find((n: { type: string }) => n.type === 'mesh')).toMatchObject({ namespace: null, resource: null });
    expect(Object.keys(json.edges[0]).slice(0, 8)).toEqual(['id', 'source', 'target', 'label', 'protocol', 'port', 'tls', 'resource']);
    expect(json.edges.map((e: { source: string; target: string }) => `${e.source} > ${e.target}`)).toEqual([
      'mesh > gateway:istio-system/istio-egressgateway',
      'gateway:istio-system/istio-egressgateway > host:httpbin.com',
    ]);
    expect(json.edges[0]).toMatchObject({ protocol: 'HTTP', port: 80, tls: null, resource: { kind: 'VirtualService', name: 'gateway-routing' } });
  });
});

describe('toDot', () => {
  it('parses back with every id and label intact, one rank per layer', () => {
    const { nodes, edges, subgraphs } = readDot(toDot(tricky));
    expect([...nodes.keys()].sort()).toEqual(['host:a"b', 'mesh']);
    expect(nodes.get('host:a"b')).toBe('say "hi" \\ <b>#1|2</b>\nnext');
    expect(edges).toEqual([{ from: 'mesh', to: 'host:a"b', label: 'uri "/a\\b" · tls MUTUAL' }]);
    expect(subgraphs).toBe(2);
  });

  it('draws the egress gateway example left to right', () => {
    const dot = toDot(exampleGraph('04-egress-gateway-httpbin'));
    expect(dot).toContain('rankdir=LR;');
    expect(dot).toContain('"mesh" -> "gateway:istio-system/istio-egressgateway" [label="port 80"];');
  });
});

describe('toMermaid', () => {
  it('escapes label characters that would end or break a Mermaid label', () => {
    expect(mermaidText('a "b" <c> #d |e')).toBe('a #quot;b#quot; #lt;c#gt; #35;d #124;e');
    const text = toMermaid(tricky);
    expect(text.split('\n')[0]).toBe('flowchart LR');
    expect(text).toContain('n1[/"say #quot;hi#quot; \\ #lt;b#gt;#35;1#124;2#lt;/b#gt; next"/]');
    expect(text).toContain('n0 ==>|"uri #quot;/a\\b#quot; · tls MUTUAL"| n1');
    expect(text).toContain('class n1 error');
    // Every quoted label is closed on its own line.
    for (const line of text.split('\n')) expect((line.match(/"/g) ?? []).length % 2).toBe(0);
  });

  it('writes the VM example with generated ids and a shape per type', () => {
    const text = toMermaid(exampleGraph('09-vm-to-kubernetes-migration'));
    expect(text).toContain('n0["details.bookinfo.com"]');
    expect(text).toContain('n1(["sidecars"])');
    expect(text).toContain('n2[("details-vm-1")]');
    expect(text).toContain('n0 -->|"app=details"| n2');
  });
});
