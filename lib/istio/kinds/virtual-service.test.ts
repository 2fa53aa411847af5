import { describe, expect, expectTypeOf, it } from 'vitest';
import { fixtureDocs } from './test-fixtures';
import { VirtualServiceSchema, VirtualServiceSpecSchema, type VirtualServiceSpec } from './virtual-service';

const codes = (v: unknown) => VirtualServiceSpecSchema.safeParse(v).error?.issues.map((i) => `${i.code} ${i.path.join('.')}`) ?? [];
const http = (route: unknown) => codes({ hosts: ['r'], http: [route] });

// fixtures/realworld/README.md: the only VirtualServices with fields the CRD lacks
const KNOWN_QUIRKS = ['realworld/139-testdata-config-rule-websocket-route.yaml', 'realworld/192-api-vs-redirect-authority-prefix-rewrite.yaml'];

describe('VirtualServiceSchema', () => {
  it('accepts every VirtualService of the fixtures but the known quirks', () => {
    const docs = fixtureDocs('VirtualService');
    expect(docs.length).toBeGreaterThan(110);
    const failures = [...new Set(docs.filter(([, d]) => !VirtualServiceSchema.safeParse(d).success).map(([f]) => f))];
    expect(failures).toEqual(KNOWN_QUIRKS);
  });

  it('allows one of exact, prefix, regex in a StringMatch, also in header maps', () => {
    expect(http({ match: [{ uri: { prefix: '/a' } }] })).toEqual([]);
    expect(http({ match: [{ uri: { exact: '/a', regex: '.*' } }] })).toEqual(['custom http.0.match.0.uri.regex']);
    expect(http({ match: [{ headers: { 'x-user': { exact: 'a', prefix: 'b' } } }] })).toEqual(['custom http.0.match.0.headers.x-user.prefix']);
    expect(http({ corsPolicy: { allowOrigins: [{ exact: 'a', prefix: 'b' }] } })).toEqual(['custom http.0.corsPolicy.allowOrigins.0.prefix']);
  });

  it('checks the oneOfs of redirect, fault and direct response', () => {
    expect(http({ redirect: { port: 8080, derivePort: 'FROM_REQUEST_PORT' } })).toEqual(['custom http.0.redirect.derivePort']);
    expect(http({ fault: { abort: { httpStatus: 503, grpcStatus: 'UNAVAILABLE' } } })).toEqual(['custom http.0.fault.abort.grpcStatus']);
    expect(http({ fault: { delay: { fixedDelay: '1s', exponentialDelay: '2s' } } })).toEqual(['custom http.0.fault.delay.exponentialDelay']);
    expect(http({ directResponse: { body: { string: 'x' } } })).toEqual(['invalid_type http.0.directResponse.status']);
  });

  it('requires destination hosts and TLS route matches with sniHosts', () => {
    expect(http({ route: [{ destination: { subset: 'v1' } }] })).toEqual(['invalid_type http.0.route.0.destination.host']);
    expect(codes({ tls: [{ route: [] }] })).toEqual(['invalid_type tls.0.match']);
    expect(codes({ tls: [{ match: [{ port: 443 }] }] })).toEqual(['invalid_type tls.0.match.0.sniHosts']);
  });

  it('keeps the deprecated mirror_percent spelling the CRD keeps', () => {
    expect(http({ mirror: { host: 'm' }, mirror_percent: 10 })).toEqual([]);
    expect(http({ websocketUpgrade: true })).toEqual(['unrecognized_keys http.0']);
  });

  it('infers the spec type', () => {
    expectTypeOf<NonNullable<VirtualServiceSpec['http']>[number]['timeout']>().toEqualTypeOf<string | undefined>();
  });
});
