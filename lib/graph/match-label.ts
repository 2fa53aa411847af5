/** Short text for a route's match conditions, used as edge labels. */
import { arr, labelPairs, num, rec, str, strs, type Rec } from './read';

/** `{prefix: "/api"}` → `prefix /api`. */
function stringMatch(v: unknown): string | undefined {
  const m = rec(v);
  if (!m) return undefined;
  for (const k of ['exact', 'prefix', 'regex'] as const) {
    const s = str(m[k]);
    if (s !== undefined) return k === 'exact' ? s : `${k} ${s}`;
  }
  return undefined;
}

function headerMatches(v: unknown, prefix: string): string[] {
  const h = rec(v);
  if (!h) return [];
  return Object.keys(h)
    .sort()
    .map((name) => `${prefix}${name}${stringMatch(h[name]) !== undefined ? `=${stringMatch(h[name])}` : ''}`);
}

/** The conditions of one match entry, e.g. `port 80`, `sni *.wikipedia.org`, `uri prefix /status`. */
export function describeMatch(m: Rec): string {
  const parts: string[] = [];
  const port = num(m.port);
  if (port !== undefined) parts.push(`port ${port}`);
  const sni = strs(m.sniHosts);
  if (sni.length) parts.push(`sni ${sni.join(', ')}`);
  const uri = stringMatch(m.uri);
  if (uri !== undefined) parts.push(`uri ${uri}`);
  const authority = stringMatch(m.authority);
  if (authority !== undefined) parts.push(`authority ${authority}`);
  const method = stringMatch(m.method);
  if (method !== undefined) parts.push(`method ${method}`);
  parts.push(...headerMatches(m.headers, 'header '), ...headerMatches(m.withoutHeaders, 'without header '));
  const subnets = strs(m.destinationSubnets);
  if (subnets.length) parts.push(`subnets ${subnets.join(', ')}`);
  const source = labelPairs(m.sourceLabels);
  if (source.length) parts.push(`from ${source.join(', ')}`);
  const sourceNs = str(m.sourceNamespace);
  if (sourceNs) parts.push(`from ns ${sourceNs}`);
  return parts.join(' · ');
}

/** Several match entries are alternatives (OR); an empty list matches everything (''). */
export function describeMatches(matches: readonly unknown[]): string {
  const texts = matches.map(rec).filter((m): m is Rec => m !== undefined).map(describeMatch);
  if (texts.length === 0 || texts.some((t) => t === '')) return '';
  return texts.join(' | ');
}

/** Port of the match entries when they all name the same one. */
export function matchPort(matches: readonly unknown[]): number | undefined {
  const ports = new Set(arr(matches).map((m) => num(rec(m)?.port)));
  return ports.size === 1 ? [...ports][0] : undefined;
}
