/** Host names as Istio resolves them: short names, Kubernetes service FQDNs and wildcards. */

export const CLUSTER_DOMAIN = 'cluster.local';

/**
 * Istio's ResolveShortnameToFQDN: a name without a dot is a Kubernetes service of the resource's namespace
 * (`reviews` → `reviews.ns.svc.cluster.local`); anything with a dot, and `*`, is taken as written.
 */
export function resolveHost(host: string, namespace: string): string {
  const h = host.trim().toLowerCase();
  if (h === '' || h === '*' || h.includes('.')) return h;
  return `${h}.${namespace}.svc.${CLUSTER_DOMAIN}`;
}

/** A Kubernetes service named by a host: `name.ns`, `name.ns.svc` or `name.ns.svc.cluster.local`. */
export interface KubeService {
  name: string;
  namespace: string;
}

/** The service a host names in Kubernetes form, or undefined (`name.ns` counts only where noted by callers). */
export function kubeServiceOf(host: string, allowTwoLabels = false): KubeService | undefined {
  const parts = host.split('.');
  const suffix = parts.slice(2).join('.');
  if (parts.length >= 3 && (suffix === 'svc' || suffix === `svc.${CLUSTER_DOMAIN}`)) {
    return { name: parts[0]!, namespace: parts[1]! };
  }
  if (allowTwoLabels && parts.length === 2 && parts[0] && parts[1]) return { name: parts[0], namespace: parts[1] };
  return undefined;
}

/** Whether the host is a Kubernetes service FQDN (`*.svc.cluster.local` or `*.svc`). */
export function isKubeHost(host: string): boolean {
  return kubeServiceOf(host) !== undefined;
}

export function isWildcard(host: string): boolean {
  return host.startsWith('*');
}

/** Whether `pattern` (possibly `*` or `*.suffix`) covers `host`. */
export function hostMatches(pattern: string, host: string): boolean {
  if (pattern === host || pattern === '*') return true;
  if (pattern.startsWith('*.')) {
    const suffix = pattern.slice(1);
    // `*.a.com` covers `b.a.com` and, for a wildcard host, `*.b.a.com`.
    return host.endsWith(suffix) && host.length > suffix.length;
  }
  return false;
}

/** Hosts indexed for lookup: exact names in a map, wildcard patterns in a list (usually short). */
export interface HostIndex<T> {
  exact: Map<string, T>;
  wildcards: [string, T][];
}

/** Index `entries` by host; the first entry of a host wins. */
export function indexHosts<T>(entries: Iterable<[string, T]>): HostIndex<T> {
  const index: HostIndex<T> = { exact: new Map(), wildcards: [] };
  for (const [host, value] of entries) {
    if (index.exact.has(host)) continue;
    index.exact.set(host, value);
    if (isWildcard(host)) index.wildcards.push([host, value]);
  }
  return index;
}

/** The most specific indexed pattern covering `host` (exact, then the longest wildcard), with its value. */
export function lookupHost<T>(index: HostIndex<T>, host: string): [string, T] | undefined {
  const exact = index.exact.get(host);
  if (exact !== undefined) return [host, exact];
  let best: [string, T] | undefined;
  for (const w of index.wildcards) if (hostMatches(w[0], host) && (best === undefined || w[0].length > best[0].length)) best = w;
  return best;
}
