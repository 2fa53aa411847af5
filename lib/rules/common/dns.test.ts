import { describe, expect, it } from 'vitest';
import { validateFqdn, validatePartialWildcard, validateWildcardDomain, validateWildcardDomainForGatewayBoundHost } from './dns';

describe('validateWildcardDomain', () => {
  it.each(['*', '*.bar.com', '*foo', '*-foo.bar.com', 'reviews', 'UPPER.case', 'istio.io.', `${'a'.repeat(63)}.com`])('accepts %s', (name) => {
    expect(validateWildcardDomain(name)).toBeNull();
  });

  it.each([
    ['', 'empty domain name not allowed'],
    ['-', 'domain name "-" invalid (label "-" invalid)'],
    ['foo.*.com', 'domain name "*.com" invalid (label "*" invalid)'],
    ['foo*.bar.com', 'domain name "foo*.bar.com" invalid (label "foo*" invalid)'],
    ['1.1.1.1', 'domain name "1.1.1" invalid (top level domain "1" cannot be all-numeric)'],
    [`${'a'.repeat(64)}.com`, `domain name "${'a'.repeat(64)}.com" invalid (label "${'a'.repeat(64)}" invalid)`],
    [`${'a.'.repeat(128)}com`, `domain name "${'a.'.repeat(128)}com" too long (max 255)`],
  ])('rejects %j', (name, message) => {
    expect(validateWildcardDomain(name)).toBe(message);
  });
});

describe('validateFqdn', () => {
  it('allows single labels and a trailing dot, not wildcards', () => {
    expect(validateFqdn('foo')).toBeNull();
    expect(validateFqdn('istio.io.')).toBeNull();
    expect(validateFqdn('*.istio.io')).toBe('domain name "*.istio.io" invalid (label "*" invalid)');
  });

  it('treats signed numbers as all-numeric top-level domains, like Go strconv.Atoi', () => {
    expect(validateFqdn('a.+1')).toBe('domain name "a.+1" invalid (top level domain "+1" cannot be all-numeric)');
    expect(validateFqdn('a..b')).toBe('domain name "a..b" invalid (label "" invalid)');
  });
});

describe('validatePartialWildcard', () => {
  it('allows * and *. prefixes only', () => {
    expect(validatePartialWildcard('*')).toBeNull();
    expect(validatePartialWildcard('*.a.com')).toBeNull();
    expect(validatePartialWildcard('a.com')).toBeNull();
    expect(validatePartialWildcard('*a.com')).toBe('partial wildcard "*a.com" not allowed');
  });
});

describe('validateWildcardDomainForGatewayBoundHost', () => {
  it('parses the outbound_.<PORT>_._.<HOSTNAME> SNI form only for SNI hosts', () => {
    expect(validateWildcardDomainForGatewayBoundHost(true, 'outbound_.80_._.e2e.foobar.mesh')).toBeNull();
    expect(validateWildcardDomainForGatewayBoundHost(true, 'outbound_.80')).toBe("domain name outbound_.80 invalid, should follow 'outbound_.<PORT>_._.<HOSTNAME>' format");
    expect(validateWildcardDomainForGatewayBoundHost(true, 'outbound_.thisisnotaport_._.e2e.foobar.mesh')).toBe(
      'domain name "outbound_.thisisnotaport_._.e2e.foobar.mesh" invalid (label "thisisnotaport" invalid). should follow outbound_.<PORT>_._.<HOSTNAME> format',
    );
    expect(validateWildcardDomainForGatewayBoundHost(false, 'outbound_.80_._.e2e.foobar.mesh')).toBe('domain name "outbound_.80_._.e2e.foobar.mesh" invalid (label "outbound_" invalid)');
  });
});
