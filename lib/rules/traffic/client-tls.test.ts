import { describe, expect, it } from 'vitest';
import { drFindings } from './testing';

const err = (message: string, line: number, text: string) => ({ code: 'DR023', severity: 'error', message, line, text });
/** tls body starts on line 10. */
const tls = (body: string) => drFindings(`  host: r\n  trafficPolicy:\n    tls:\n${body}`);

describe('client TLS settings (DR023)', () => {
  it('accepts SIMPLE with a CA, MUTUAL with files or a credential, and a configmap in the own namespace', () => {
    expect(tls('      mode: SIMPLE\n      caCertificates: /etc/ca.pem\n      sni: a.example.com\n')).toEqual([]);
    expect(tls('      mode: MUTUAL\n      clientCertificate: /c.pem\n      privateKey: /k.pem\n')).toEqual([]);
    expect(tls('      mode: MUTUAL\n      credentialName: client-cred\n      insecureSkipVerify: true\n')).toEqual([]);
    expect(tls('      mode: SIMPLE\n      credentialName: configmap://ns/ca\n')).toEqual([]);
  });
  it('rejects skipping verification while configuring it', () => {
    expect(tls('      mode: SIMPLE\n      subjectAltNames: [a]\n      insecureSkipVerify: true\n')).toEqual([
      err('cannot specify CaCertificates or CredentialName or SubjectAltNames when InsecureSkipVerify is set true', 12, 'true'),
    ]);
    expect(tls('      mode: MUTUAL\n      caCertificates: /ca\n      clientCertificate: /c\n      privateKey: /k\n      insecureSkipVerify: true\n')).toEqual([
      err('cannot specify CaCertificates or SubjectAltNames when InsecureSkipVerify is set true', 14, 'true'),
    ]);
  });
  it('rejects certificate files next to credentialName', () => {
    expect(tls('      mode: SIMPLE\n      credentialName: c\n      caCrl: /crl\n')).toEqual([err('cannot specify client certificates or CA certificate or CA CRL If credentialName is set', 12, 'caCrl')]);
  });
  it('requires a client certificate and key for MUTUAL without credentialName', () => {
    expect(tls('      mode: MUTUAL\n')).toEqual([err('client certificate required for mutual tls', 10, 'MUTUAL'), err('private key required for mutual tls', 10, 'MUTUAL')]);
  });
  it('checks configmap:// credential names', () => {
    expect(tls('      mode: SIMPLE\n      credentialName: configmap://other/ca\n')).toEqual([
      err('invalid configmap:// credentialName: namespace must match the configuration namespace "ns"', 11, 'configmap://other/ca'),
    ]);
    expect(tls('      mode: SIMPLE\n      credentialName: configmap://ca\n')).toEqual([
      err('invalid configmap:// credentialName: invalid resource name "configmap://ca". Expected namespace and name', 11, 'configmap://ca'),
    ]);
  });
});
