/** Human labels for model field names, and help text cut from Istio's descriptions. */

// Acronyms Istio's field names spell in camelCase (`sniHosts`, `caCertificates`, `http1MaxPendingRequests`).
const ACRONYMS: Record<string, string> = {
  tls: 'TLS',
  sni: 'SNI',
  http: 'HTTP',
  http1: 'HTTP1',
  http2: 'HTTP2',
  https: 'HTTPS',
  tcp: 'TCP',
  uri: 'URI',
  ip: 'IP',
  dns: 'DNS',
  id: 'ID',
  ttl: 'TTL',
  url: 'URL',
  ca: 'CA',
  crl: 'CRL',
  sds: 'SDS',
  grpc: 'gRPC',
  lb: 'LB',
  api: 'API',
  cors: 'CORS',
  h2: 'H2',
  alpn: 'ALPN',
};

// Where splitting the name reads badly.
const OVERRIDES: Record<string, string> = {
  exportTo: 'Export to',
  subjectAltNames: 'Subject alt names',
  targetPort: 'Target port',
  serviceAccount: 'Service account',
  corsPolicy: 'CORS policy',
  maxRequestsPerConnection: 'Max requests per connection',
};

/** `subjectAltNames` → "Subject alt names", `sniHosts` → "SNI hosts", `caCertificates` → "CA certificates". */
export function labelOf(key: string): string {
  const o = OVERRIDES[key];
  if (o) return o;
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .filter(Boolean)
    .map((w) => ACRONYMS[w.toLowerCase()] ?? w.toLowerCase());
  if (words.length === 0) return key;
  const first = words[0]!;
  words[0] = first === first.toLowerCase() ? first[0]!.toUpperCase() + first.slice(1) : first;
  return words.join(' ');
}

/** Istio's description without the "Valid Options: …" trailer (the select shows the options). */
export function helpOf(description: string | undefined): string | undefined {
  if (!description) return undefined;
  const text = description.replace(/\n*\s*Valid Options:[^\n]*$/s, '').trim();
  return text === '' ? undefined : text;
}
