import { describe, expect, it } from 'vitest';
import { parseDuration, validateCelMinDuration, validateDuration } from './duration';
import { validateExportTo } from './export-to';
import { validateLabelKey, validateLabels, validateLabelValue } from './labels';
import { validatePort, validatePortName, validateProtocol } from './ports';
import { goQuote } from './quote';
import { validateUnixAddress } from './unix';

describe('durations', () => {
  it('parses Go time.ParseDuration syntax to nanoseconds', () => {
    expect(parseDuration('1.5s')).toBe(1_500_000_000n);
    expect(parseDuration('1h2m3ms')).toBe(3_720_003_000_000n);
    expect(parseDuration('-11.000000001s')).toBe(-11_000_000_001n);
    expect(parseDuration('0')).toBe(0n);
    for (const bad of ['', '1', 's', '.s', '1S', '1d', 'abc']) expect(parseDuration(bad)).toBeUndefined();
  });

  it('applies Istio ValidateDuration and the CRD rule', () => {
    expect(validateDuration('1ms')).toBeNull();
    expect(validateDuration('abc')).toBe('time: invalid duration "abc"');
    expect(validateDuration('0.0001s')).toBe('duration must be greater than 1ms');
    expect(validateDuration('1.000000001s')).toBe('only durations to ms precision are supported');
    expect(validateCelMinDuration('1.000000001s')).toBeNull();
    expect(validateCelMinDuration('0.5ms')).toBe('must be a valid duration greater than 1ms');
  });
});

describe('labels', () => {
  it('accepts Kubernetes-style keys and values', () => {
    expect(validateLabels({ app: 'x', 'example.com/tier': 'a.b-c_d', 'k.y': '' })).toEqual([]);
  });

  it('reports keys and values with Istio messages', () => {
    expect(validateLabelKey('a/b/c')).toBe('invalid tag key: "a/b/c"');
    expect(validateLabelKey(`${'a'.repeat(254)}/x`)).toBe(`invalid tag key: "${'a'.repeat(254)}/x" (DNS prefix is too long)`);
    expect(validateLabelKey('x'.repeat(64))).toBe(`invalid tag key: "${'x'.repeat(64)}" (name is too long)`);
    expect(validateLabelValue('-x')).toBe('invalid tag value: "-x"');
    expect(validateLabels({ '-': 'ok', b: '_' })).toEqual([
      { key: '-', target: 'key', message: 'invalid tag key: "-"' },
      { key: 'b', target: 'value', message: 'invalid tag value: "_"' },
    ]);
  });
});

describe('exportTo', () => {
  const ns = { namespace: 'ns5' };
  it('accepts ., *, namespaces and ~ (ServiceEntry only)', () => {
    expect(validateExportTo(['.', 'other'], ns)).toEqual([]);
    expect(validateExportTo(['~'], { ...ns, isServiceEntry: true })).toEqual([]);
  });

  it('reports duplicates, bad entries and conflicts in Istio order', () => {
    expect(validateExportTo(['ns5', '.'], ns)).toEqual([{ index: 1, message: 'duplicate entries in exportTo: . and current namespace ns5' }]);
    expect(validateExportTo(['a', 'a'], ns)).toEqual([{ index: 1, message: 'duplicate entries in exportTo for entry a' }]);
    expect(validateExportTo(['~'], ns)).toEqual([{ index: 0, message: 'exportTo ~ (none) is not allowed for Istio configuration objects' }]);
    expect(validateExportTo(['a_b'], ns)).toEqual([{ index: 0, message: 'only .,*, or a valid DNS 1123 label is allowed as exportTo entry' }]);
    expect(validateExportTo(['*', 'a'], ns)).toEqual([{ message: 'cannot have both public (*) and non-public exportTo values for a resource' }]);
    expect(validateExportTo(['~', 'a'], { ...ns, isServiceEntry: true })).toEqual([{ message: 'cannot export service entry to no one (~) and someone' }]);
  });

  it('limits DestinationRules with a workload selector to their own namespace', () => {
    const opts = { ...ns, isDestinationRuleWithSelector: true };
    expect(validateExportTo(['.'], opts)).toEqual([]);
    expect(validateExportTo(['other'], opts)).toEqual([{ message: 'destination rule with workload selector cannot have exportTo beyond current namespace' }]);
    expect(validateExportTo(['.', 'other'], opts)).toEqual([{ message: 'destination rule with workload selector cannot have multiple entries in exportTo' }]);
  });
});

describe('ports, protocols, unix sockets, quoting', () => {
  it('checks like Istio', () => {
    expect(validatePort(65535)).toBeNull();
    expect(validatePort(0)).toBe('port number 0 must be in the range 1..65535');
    expect(validatePortName('')).toBe('invalid port name: ');
    expect(validatePortName('Http-1')).toBeNull();
    expect(validateProtocol('')).toBeNull();
    expect(validateProtocol('grpc-WEB')).toBeNull();
    expect(validateProtocol('SPDY')).toBe('unsupported protocol: SPDY');
    expect(validateUnixAddress('')).toBe('unix address must not be empty');
    expect(validateUnixAddress('@abstract')).toBeNull();
    expect(validateUnixAddress('/var/run/')).toBe('/var/run/ is not an absolute path to a file');
    expect(goQuote('a"b\\\n\u0001é')).toBe('"a\\"b\\\\\\n\\x01é"');
  });
});
