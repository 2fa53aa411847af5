import { describe, expect, it } from 'vitest';
import { parseAddr, validateIpAddress, validateIpSubnet } from './ip';

describe('parseAddr (Go netip.ParseAddr)', () => {
  it.each(['1.2.3.4', '0.0.0.0', '255.255.255.255', '::', '::1', '2001:db8::1', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7::', '::ffff:1.2.3.4', '1:2:3:4:5:6:1.2.3.4', 'fe80::1%eth0'])('accepts %s', (s) => {
    expect(parseAddr(s)).toBeDefined();
  });

  it.each(['', '1.2.3', '1.2.3.4.5', '01.2.3.4', '256.1.1.1', '1.2.3.4 ', '1::2::3', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7:8::', '12345::', '1:2:3:4:5:6:7:1.2.3.4', 'fe80::1%', '%eth0', 'localhost', ':1', '1:'])('rejects %j', (s) => {
    expect(parseAddr(s)).toBeUndefined();
  });
});

describe('validateIpSubnet (Istio ValidateIPSubnet)', () => {
  it('accepts IPs and prefixes, host bits included', () => {
    for (const s of ['10.0.0.1', '1.1.1.1/24', '0.0.0.0/0', '2001:db8::/32', '::/128']) expect(validateIpSubnet(s)).toBeNull();
  });

  it('names the failure as Istio does', () => {
    expect(validateIpSubnet('1.1.1.1/33')).toBe('1.1.1.1/33 is not a valid CIDR block');
    expect(validateIpSubnet('1.1.1.1/024')).toBe('1.1.1.1/024 is not a valid CIDR block');
    expect(validateIpSubnet('fe80::1%eth0/64')).toBe('fe80::1%eth0/64 is not a valid CIDR block');
    expect(validateIpSubnet('1.1.1.1/2/3')).toBe('1.1.1.1/2/3 is not a valid IP');
    expect(validateIpAddress('example.com')).toBe('example.com is not a valid IP');
  });
});
