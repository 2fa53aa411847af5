import { describe, expect, it } from 'vitest';
import { fieldDoc } from './field-docs';

describe('fieldDoc', () => {
  it("gives Istio's description, enum values and requiredness", () => {
    expect(fieldDoc('ServiceEntry', ['spec', 'resolution'])).toEqual({
      description: 'Service resolution mode for the hosts.\n\nValid Options: NONE, STATIC, DNS, DNS_ROUND_ROBIN, DYNAMIC_DNS',
      type: 'enum',
      enumValues: ['NONE', 'STATIC', 'DNS', 'DNS_ROUND_ROBIN', 'DYNAMIC_DNS'],
      required: false,
      nullable: false,
    });
    expect(fieldDoc('ServiceEntry', ['spec', 'ports', 0, 'number'])).toMatchObject({ type: 'integer', required: true, description: 'A valid non-negative integer port number.' });
  });

  it('follows lists, maps and shared messages to the description of the use site', () => {
    expect(fieldDoc('VirtualService', ['spec', 'http', 2, 'match', 0, 'headers', 'x-user', 'regex'])?.description).toContain('RE2');
    expect(fieldDoc('DestinationRule', ['spec', 'subsets', 0, 'trafficPolicy'])?.description).toBe('Traffic policies that apply to this subset.');
    expect(fieldDoc('DestinationRule', ['spec', 'trafficPolicy'])?.description).toBe(
      'Traffic policies to apply (load balancing policy, connection pool sizes, outlier detection).',
    );
    expect(fieldDoc('Gateway', ['spec', 'servers', 0, 'tls', 'insecureSkipVerify'])).toMatchObject({ type: 'boolean', nullable: true });
    expect(fieldDoc('Gateway', ['spec', 'servers', 0])?.fields).toEqual(['port', 'bind', 'hosts', 'tls', 'defaultEndpoint', 'name']);
  });

  it('is undefined off the model', () => {
    expect(fieldDoc('Gateway', ['spec', 'hots'])).toBeUndefined();
    expect(fieldDoc('Gateway', ['spec', 'servers', 'x'])).toBeUndefined();
  });
});
