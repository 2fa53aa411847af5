import { describe, expect, it } from 'vitest';
import type { WorkspaceCheck } from '../core/finding';
import { parseWorkspace } from '../yaml/parse';
import { runPasses } from './pipeline';

const text = `apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: a
  annotations:
    galley.istio.io/analyze-suppress: XR999,IST0101
spec:
  hosts: [a.example.com]
---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: b
spec:
  hosts: [b.example.com]
`;

const flagEveryHost: WorkspaceCheck = (resources, emit) => {
  for (const r of resources) emit({ severity: 'warning', code: 'XR999', message: `host of ${r.name}`, resource: r, path: ['spec', 'hosts', 0] });
};

const passes = { structure: () => {}, rules: () => {}, analysis: flagEveryHost };

describe('runPasses', () => {
  it('locates findings at the node of their path, relative to the document', () => {
    const out = runPasses(parseWorkspace(text), passes, true);
    expect(out.find((d) => d.resource?.name === 'b')).toMatchObject({
      code: 'XR999',
      path: 'spec.hosts[0]',
      document: 1,
      range: { line: 15, column: 11, endLine: 15, endColumn: 24 },
      resource: { kind: 'ServiceEntry', name: 'b' },
      source: 'analysis',
    });
  });

  it('honours galley.istio.io/analyze-suppress on the resource it annotates only', () => {
    const out = runPasses(parseWorkspace(text), passes, true);
    expect(out.map((d) => d.resource?.name)).toEqual(['b']);
  });

  it('skips analysis when only validating', () => {
    expect(runPasses(parseWorkspace(text), passes, false)).toEqual([]);
  });
});

describe('istioctl severities in analysis', () => {
  const vs = `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: dup, namespace: default}
spec:
  hosts: [a.example.com]
  http:
  - match: [{uri: {prefix: /a}}]
    route: [{destination: {host: a.example.com}}]
  - match: [{uri: {prefix: /a}}, {uri: {prefix: /b}}]
    route: [{destination: {host: a.example.com}}]
`;
  it('reports an ineffective match as the webhook warning when validating and as istioctl Info when analyzing', async () => {
    const { validateText, analyzeText } = await import('./index');
    const pick = (ds: { istioCode?: string; severity: string }[]) => ds.filter((d) => d.istioCode === 'IST0131').map((d) => d.severity);
    expect(pick(validateText(vs).diagnostics)).toEqual(['warning']);
    expect(pick(analyzeText(vs).diagnostics)).toEqual(['info']);
  });
});
