import { describe, expect, it } from 'vitest';
import { describeScope, exportScope, visibleFrom } from './export-scope';
import { canonicalHost, hostsMatch, isKubernetesHost } from './hosts';
import { wildcardKeys } from './workspace-index';

describe('host matching as istio host.Name.Matches', () => {
  it('matches wildcards in either direction', () => {
    expect(hostsMatch('*.foo.com', 'a.foo.com')).toBe(true);
    expect(hostsMatch('a.foo.com', '*.foo.com')).toBe(true);
    expect(hostsMatch('*.foo.com', '*.a.foo.com')).toBe(true);
    expect(hostsMatch('*', 'anything')).toBe(true);
    expect(hostsMatch('*.foo.com', 'foo.com')).toBe(false);
    expect(hostsMatch('a.foo.com', 'b.foo.com')).toBe(false);
  });

  it('lists the index keys that can match a host', () => {
    expect(wildcardKeys('a.b.c')).toEqual(['a.b.c', '*.b.c', '*.c', '*']);
    expect(wildcardKeys('*.b.c')).toEqual(['*.b.c', '*.c', '*']);
  });

  it('spells one service one way', () => {
    expect(canonicalHost('reviews', 'shop')).toBe('reviews.shop.svc.cluster.local');
    expect(canonicalHost('reviews.prod', 'shop')).toBe('reviews.prod.svc.cluster.local');
    expect(canonicalHost('reviews.prod.svc', 'shop')).toBe('reviews.prod.svc.cluster.local');
    expect(canonicalHost('httpbin.org', 'shop')).toBe('httpbin.org');
    expect(canonicalHost('*.example.com', 'shop')).toBe('*.example.com');
  });

  it('tells Kubernetes service names from external hosts', () => {
    const ns = new Set(['shop', 'io']);
    for (const h of ['reviews', 'reviews.prod', 'api.io', 'x.y.svc', 'x.y.svc.cluster.local', 'db.cluster.local', '*.svc.cluster.local', '*']) expect(isKubernetesHost(h, ns), h).toBe(true);
    for (const h of ['httpbin.org', 'api.example.com', '*.example.com']) expect(isKubernetesHost(h, ns), h).toBe(false);
  });
});

describe('exportTo', () => {
  it('reads *, ., ~ and explicit namespaces', () => {
    expect(visibleFrom(exportScope(undefined, 'a'), 'b')).toBe(true);
    expect(visibleFrom(exportScope(['*'], 'a'), 'b')).toBe(true);
    expect(visibleFrom(exportScope(['.'], 'a'), 'a')).toBe(true);
    expect(visibleFrom(exportScope(['.'], 'a'), 'b')).toBe(false);
    expect(visibleFrom(exportScope(['~'], 'a'), 'a')).toBe(false);
    expect(visibleFrom(exportScope(['.', 'istio-system'], 'a'), 'istio-system')).toBe(true);
    expect(describeScope(exportScope(['~'], 'a'))).toBe('no namespace');
    expect(describeScope(exportScope(['.', 'z'], 'a'))).toBe('namespaces a, z');
  });
});
