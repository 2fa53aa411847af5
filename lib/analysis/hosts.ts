/** Host names as Istio compares them: wildcards, short Kubernetes names, FQDN forms. */

/** Istio's root namespace (mesh-wide DestinationRules, the default gateway namespace). */
export const ROOT_NAMESPACE = 'istio-system';

/** The cluster domain Kubernetes service FQDNs end with. */
export const CLUSTER_DOMAIN = 'svc.cluster.local';

/**
 * istio `host.Name.Matches`: wildcard-aware in either direction (`*.foo.com` matches `a.foo.com`,
 * `*` matches everything, two wildcards match when one suffix contains the other).
 */
export function hostsMatch(a: string, b: string): boolean {
  const aw = a.startsWith('*');
  const bw = b.startsWith('*');
  if (aw && bw) return a.length < b.length ? b.slice(1).endsWith(a.slice(1)) : a.slice(1).endsWith(b.slice(1));
  if (aw) return b.endsWith(a.slice(1));
  if (bw) return a.endsWith(b.slice(1));
  return a === b;
}

/** istio `host.Name.SubsetOf`: every name `a` covers is also covered by `b`. */
export function hostSubsetOf(a: string, b: string): boolean {
  if (b.startsWith('*')) return a.startsWith('*') ? a.slice(1).endsWith(b.slice(1)) : a.endsWith(b.slice(1));
  return !a.startsWith('*') && a === b;
}

/** A short name (`reviews`) becomes `reviews.<ns>.svc.cluster.local`; other hosts are kept (pilot's ResolveShortnameToFQDN). */
export function toFqdn(host: string, namespace: string): string {
  if (host.startsWith('*') || host.includes('.')) return host;
  return `${host}.${namespace}.${CLUSTER_DOMAIN}`;
}

// NOTE: common public suffixes; `name.<tld>` is then an external DNS name, while `name.<other>` reads as
// Kubernetes' `service.namespace` form. A heuristic, documented in docs/diagnostics.md.
const PUBLIC_TLDS = new Set(
  ('com net org io dev app co ai cloud info biz me tv us uk de fr nl eu ch at be it es se no fi dk pl cz ru cn jp kr in ' +
    'au ca br mx ar za nz sg hk tw gov edu mil int xyz site online tech store page blog local internal').split(' '),
);

/**
 * Whether a host names a Kubernetes service, which lives outside the workspace: a short name, `name.namespace`
 * (unless the last label is a public suffix and the workspace has no such namespace), `name.namespace.svc`,
 * or anything under `.cluster.local`.
 */
export function isKubernetesHost(host: string, namespaces: ReadonlySet<string>): boolean {
  // a wildcard that covers cluster-local names (`*`, `*.local`, `*.svc.cluster.local`) takes in Kubernetes services
  if (host.startsWith('*')) return hostsMatch(host, `x.${CLUSTER_DOMAIN}`);
  const labels = host.split('.');
  if (labels.length === 1) return true;
  if (host.endsWith('.cluster.local') || host.endsWith('.svc')) return true;
  if (labels.length === 2) return namespaces.has(labels[1]!) || !PUBLIC_TLDS.has(labels[1]!.toLowerCase());
  return false;
}

/**
 * The `(namespace, name)` of a Kubernetes service host, or undefined: `name` (in `defaultNs`), `name.ns`,
 * `name.ns.svc`, `name.ns.svc.cluster.local`.
 */
export function kubernetesService(host: string, defaultNs: string): { namespace: string; name: string } | undefined {
  const labels = host.split('.');
  if (host.startsWith('*')) return undefined;
  if (labels.length === 1) return { namespace: defaultNs, name: host };
  if (labels.length === 2 || (labels.length === 3 && labels[2] === 'svc') || host.endsWith(`.${CLUSTER_DOMAIN}`) && labels.length === 5) {
    return { namespace: labels[1]!, name: labels[0]! };
  }
  return undefined;
}

/**
 * One spelling per service for comparisons: `reviews` (in ns) / `reviews.ns` / `reviews.ns.svc` all become
 * `reviews.ns.svc.cluster.local`; external names and wildcards are kept.
 */
export function canonicalHost(host: string, namespace: string): string {
  if (host.startsWith('*')) return host;
  // NOTE: hot path (every destination of every VirtualService): count labels without allocating
  const first = host.indexOf('.');
  if (first < 0) return `${host}.${namespace}.${CLUSTER_DOMAIN}`;
  const second = host.indexOf('.', first + 1);
  if (second < 0) return PUBLIC_TLDS.has(host.slice(first + 1).toLowerCase()) ? host : `${host}.${CLUSTER_DOMAIN}`;
  if (host.indexOf('.', second + 1) < 0 && host.endsWith('.svc')) return `${host}.cluster.local`;
  return host;
}
