/** Gateway server TLS settings (rules doc §6.5, Istio `validateTLSOptions`). */
import type { PathSegment } from '../core/diagnostic';
import { list, str, type Report } from './common';

export const VALID_CIPHER_SUITES = new Set([
  'ECDHE-ECDSA-AES128-GCM-SHA256',
  'ECDHE-RSA-AES128-GCM-SHA256',
  'ECDHE-ECDSA-AES256-GCM-SHA384',
  'ECDHE-RSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-CHACHA20-POLY1305',
  'ECDHE-RSA-CHACHA20-POLY1305',
  'ECDHE-ECDSA-AES128-SHA',
  'ECDHE-RSA-AES128-SHA',
  'ECDHE-ECDSA-AES256-SHA',
  'ECDHE-RSA-AES256-SHA',
  'AES128-GCM-SHA256',
  'AES256-GCM-SHA384',
  'AES128-SHA',
  'AES256-SHA',
  'DES-CBC3-SHA',
]);

/** Istio's `security.IsValidCipherSuite`: entries not starting with a letter or digit (`!X`, `+X`) are cipher-group syntax. */
export function isValidCipherSuite(cs: string): boolean {
  if (cs === '' || cs === 'ALL') return true;
  if (!/^[\p{L}\p{N}]/u.test(cs)) return true;
  return VALID_CIPHER_SUITES.has(cs);
}

/** The TLS mode as the webhook reads it: PASSTHROUGH when unset. */
export function tlsMode(tls: Record<string, unknown>): string {
  return str(tls.mode) ?? 'PASSTHROUGH';
}

const sortedGoList = (xs: Iterable<string>) => `[${[...new Set(xs)].sort().join(' ')}]`;

function checkCiphers(tls: Record<string, unknown>, path: PathSegment[], report: Report): void {
  const min = tls.minProtocolVersion;
  const suites = list(tls.cipherSuites).filter((x): x is string => typeof x === 'string');
  if ((min === 'TLSV1_0' || min === 'TLSV1_1') && suites.length === 0) {
    report('GW040', [...path, 'minProtocolVersion'], 'TLS version below TLSV1_2 require setting compatible ciphers as by default they no longer include compatible ciphers.');
  }
  const invalid: string[] = [];
  const valid = new Set<string>();
  const duplicate: string[] = [];
  for (const cs of suites) {
    if (!isValidCipherSuite(cs)) invalid.push(cs);
    else if (valid.has(cs)) duplicate.push(cs);
    else valid.add(cs);
  }
  if (invalid.length > 0) report('GW041', [...path, 'cipherSuites'], `ignoring invalid cipher suites: ${sortedGoList(invalid)}`);
  if (duplicate.length > 0) report('GW042', [...path, 'cipherSuites'], `ignoring duplicate cipher suites: ${sortedGoList(duplicate)}`);
}

const ISTIO_MUTUAL_FIELDS: [string, string][] = [
  ['serverCertificate', 'server certificate'],
  ['privateKey', 'private key'],
  ['caCertificates', 'CA bundle'],
  ['tlsCertificates', 'tlsCertificates'],
  ['credentialName', 'credentialName'],
  ['credentialNames', 'credentialNames'],
];

/** Istio's `validateTLSOptions` over a server's `tls` at `path`. */
export function checkServerTls(tls: Record<string, unknown>, path: PathSegment[], report: Report): void {
  checkCiphers(tls, path, report);
  const mode = tlsMode(tls);
  const s = (k: string) => str(tls[k]) ?? '';
  const certs = list(tls.tlsCertificates);
  const credentialNames = list(tls.credentialNames);
  const isSet = (k: string) => (k === 'tlsCertificates' ? certs.length > 0 : k === 'credentialNames' ? credentialNames.length > 0 : s(k) !== '');

  if (mode === 'ISTIO_MUTUAL') {
    for (const [k, what] of ISTIO_MUTUAL_FIELDS) {
      if (isSet(k)) report('GW043', [...path, k], `ISTIO_MUTUAL TLS cannot have associated ${what}`);
    }
    return;
  }
  if (mode === 'PASSTHROUGH' || mode === 'AUTO_PASSTHROUGH') {
    const field = ['caCrl', 'serverCertificate', 'privateKey', 'caCertificates', 'tlsCertificates', 'credentialName', 'credentialNames'].find(isSet);
    if (field) report('GW044', [...path, field], `${mode} mode does not use certificates, they will be ignored`);
  }
  const sources = [s('serverCertificate') !== '' && s('privateKey') !== '', isSet('credentialName'), isSet('credentialNames'), certs.length > 0];
  if (sources.filter(Boolean).length > 1) {
    report('GW045', path, 'only one of credential_name, credential_names, server_certificate/private_key, tls_certificates should be specified', 'key');
  }
  const terminating = mode === 'SIMPLE' || mode === 'MUTUAL' || mode === 'OPTIONAL_MUTUAL';
  // certificates come from the secret: nothing else is required (nor checked)
  if (terminating && (isSet('credentialName') || isSet('credentialNames'))) return;
  if (terminating) checkCertificates(tls, mode, path, report);
  if (s('caCrl') !== '') {
    if (isSet('credentialName')) report('GW050', [...path, 'caCrl'], 'CRL is not supported with credentialName. CRL has to be specified in the credential');
    if (mode === 'SIMPLE') report('GW051', [...path, 'caCrl'], 'CRL is not supported with SIMPLE TLS');
  }
}

function checkCertificates(tls: Record<string, unknown>, mode: string, path: PathSegment[], report: Report): void {
  const prefix = mode === 'SIMPLE' ? 'SIMPLE TLS' : 'MUTUAL TLS';
  const mutual = mode !== 'SIMPLE';
  const needCa = mutual && (str(tls.caCertificates) ?? '') === '';
  const certs = list(tls.tlsCertificates);
  if (needCa) report('GW046', [...path, 'mode'], `${prefix} requires a client CA bundle`);
  if (certs.length === 0) {
    if ((str(tls.serverCertificate) ?? '') === '') report('GW048', [...path, 'mode'], `${prefix} requires a server certificate`);
    if ((str(tls.privateKey) ?? '') === '') report('GW049', [...path, 'mode'], `${prefix} requires a private key`);
    return;
  }
  if (certs.length > 2) report('GW047', [...path, 'tlsCertificates'], `${prefix} can support up to 2 server certificates`, 'key');
  certs.forEach((c, i) => {
    const cert = c && typeof c === 'object' && !Array.isArray(c) ? (c as Record<string, unknown>) : {};
    if ((str(cert.serverCertificate) ?? '') === '') report('GW048', [...path, 'tlsCertificates', i], `${prefix} requires a server certificate`);
    if ((str(cert.privateKey) ?? '') === '') report('GW049', [...path, 'tlsCertificates', i], `${prefix} requires a private key`);
  });
}
