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

describe('a second blank of a kind', () => {
  it.each(ISTIO_KINDS.map((k) => [k]))('%s gets the next free name and its own host, and analyzes clean beside the first', (kind) => {
    const first = blankYaml(kind);
    const firstName = /name: (\S+)/.exec(first)![1]!;
    const second = blankYaml(kind, 'default', 'v1', new Set([firstName]));
    const third = blankYaml(kind, 'default', 'v1', new Set([firstName, `${firstName}-2`]));
    expect(second).toContain(`name: ${firstName}-2\n`);
    expect(third).toContain(`name: ${firstName}-3\n`);
    const { workspace, diagnostics } = analyzeText([first, second, third].join('---\n'));
    expect(workspace.resources).toHaveLength(3);
    expect(diagnostics.map((d) => `${d.code} ${d.path}: ${d.message}`)).toEqual([]);
  });

  it('keeps the plain name when only numbered ones are taken', () => {
    expect(blankYaml('ServiceEntry', 'default', 'v1', new Set(['external-api-2']))).toContain('name: external-api\n');
  });
});
