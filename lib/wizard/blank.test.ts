import { describe, expect, it } from 'vitest';
import { ISTIO_KINDS } from '../core/resource';
import { listExamples } from '../examples';
import { analyzeText } from '../validate';
import { blankYaml } from './blank';

describe('blank resources', () => {
  it.each(ISTIO_KINDS.map((k) => [k]))('%s alone validates and analyzes clean, info included', (kind) => {
    const { workspace, diagnostics } = analyzeText(blankYaml(kind));
    expect(workspace.resources.map((r) => r.kind)).toEqual([kind]);
    expect(diagnostics.map((d) => `${d.code} ${d.path}: ${d.message}`)).toEqual([]);
  });

  it('all five together analyze clean', () => {
    const text = ISTIO_KINDS.map((k) => blankYaml(k)).join('---\n');
    expect(analyzeText(text).diagnostics.map((d) => `${d.code}: ${d.message}`)).toEqual([]);
  });

  it('uses the requested namespace and API version', () => {
    expect(blankYaml('Gateway', 'edge', 'v1beta1')).toMatch(/^apiVersion: networking.istio.io\/v1beta1\nkind: Gateway\nmetadata:\n  name: ingress\n  namespace: edge\n/);
  });

  it('has seed examples to offer as templates', () => {
    expect(listExamples().length).toBeGreaterThanOrEqual(9);
  });
});

describe('blank resources in another namespace', () => {
  it('point DestinationRule and VirtualService at a service of that namespace', () => {
    const text = ISTIO_KINDS.map((k) => blankYaml(k, 'shop')).join('---\n');
    expect(text).toContain('reviews.shop.svc.cluster.local');
    expect(analyzeText(text).diagnostics).toEqual([]);
  });
});
