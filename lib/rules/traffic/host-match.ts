/** Istio's host.Name matching, used for duplicate VirtualService hosts and SNI-host containment. */

const isWild = (h: string) => h.startsWith('*');

/** host.Name.Matches: the two names overlap (equal, or one wildcard covers the other). */
export function hostsMatch(a: string, b: string): boolean {
  if (isWild(a)) {
    if (isWild(b)) return a.length < b.length ? b.slice(1).endsWith(a.slice(1)) : a.slice(1).endsWith(b.slice(1));
    return b.endsWith(a.slice(1));
  }
  if (isWild(b)) return a.endsWith(b.slice(1));
  return a === b;
}

/** host.Name.SubsetOf: every name `a` matches is also matched by `b`. */
export function hostSubsetOf(a: string, b: string): boolean {
  if (isWild(a)) return isWild(b) && a.length >= b.length && a.slice(1).endsWith(b.slice(1));
  if (isWild(b)) return a.endsWith(b.slice(1));
  return a === b;
}
