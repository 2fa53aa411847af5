/** The DestinationRule policy that applies to traffic into a host: TLS mode, load balancer, subset. */
import { visibility, type Context, type DrInfo } from './context';
import { lookupHost } from './hosts';
import { arr, labelPairs, num, rec, str, type Rec } from './read';
import { qualified } from './refs';
import type { EdgeTls } from './types';

const TLS_MODES: readonly EdgeTls[] = ['DISABLE', 'SIMPLE', 'MUTUAL', 'ISTIO_MUTUAL'];

/** What each DestinationRule TLS mode means for the connection leaving the proxy. */
export const TLS_MEANING: Record<EdgeTls, string> = {
  DISABLE: 'no TLS origination (plain text, or the application’s own TLS passes through)',
  SIMPLE: 'TLS origination by the proxy',
  MUTUAL: 'mutual TLS origination with client certificates',
  ISTIO_MUTUAL: 'Istio mutual TLS',
  PASSTHROUGH: 'the application’s TLS passes through unchanged',
};

export interface Policy {
  dr?: DrInfo;
  tls?: EdgeTls;
  details: Record<string, string>;
}

/**
 * The DestinationRule for `host` seen from `namespace`: only rules exported to it (`exportTo`), exact host before
 * wildcard, a rule of the client's namespace before others, then document order.
 */
export function findRule(ctx: Context, host: string, namespace: string): DrInfo | undefined {
  // Exact rules of the host, else those of the most specific wildcard (Istio picks the closest host match).
  const matching = (lookupHost(ctx.drIndex, host)?.[1] ?? []).filter((d) => seenFrom(d, namespace));
  const rank = (d: DrInfo) => (d.host === host ? 0 : 2) + (d.resource.effectiveNamespace === namespace ? 0 : 1);
  return matching.reduce<DrInfo | undefined>((best, d) => (best === undefined || rank(d) < rank(best) ? d : best), undefined);
}

/** Whether the rule's `exportTo` lets `namespace` see it. */
function seenFrom(d: DrInfo, namespace: string): boolean {
  const v = visibility(d.resource);
  return v === 'all' || v.includes(namespace);
}

function describeLb(lb: Rec | undefined): string | undefined {
  if (!lb) return undefined;
  const simple = str(lb.simple);
  if (simple) return simple;
  if (rec(lb.consistentHash)) return 'consistent hash';
  if (rec(lb.localityLbSetting)) return 'locality';
  return undefined;
}

/** Apply one traffic policy level (top, subset or port-level) over what the previous levels set. */
function apply(policy: Rec | undefined, out: { tls?: Rec; lb?: Rec }) {
  if (!policy) return;
  if (rec(policy.tls)) out.tls = rec(policy.tls);
  if (rec(policy.loadBalancer)) out.lb = rec(policy.loadBalancer);
}

function portLevel(policy: Rec | undefined, port: number | undefined): Rec | undefined {
  if (!policy || port === undefined) return undefined;
  return arr(policy.portLevelSettings).map(rec).find((s) => num(rec(s?.port)?.number) === port);
}

/** The policy on traffic into `host` (port, subset as the route names them) from `namespace`. */
export function policyFor(ctx: Context, host: string, namespace: string, port?: number, subset?: string): Policy {
  const dr = findRule(ctx, host, namespace);
  if (!dr) return { details: {} };
  const details: Record<string, string> = { DestinationRule: qualified(dr.resource) };
  const top = rec(dr.spec.trafficPolicy);
  const eff: { tls?: Rec; lb?: Rec } = {};
  apply(top, eff);
  apply(portLevel(top, port), eff);
  if (subset !== undefined) {
    const s = arr(dr.spec.subsets).map(rec).find((x) => str(x?.name) === subset);
    if (s) {
      const labels = labelPairs(s.labels);
      details.subset = `${subset}${labels.length ? ` (${labels.join(', ')})` : ''}`;
      apply(rec(s.trafficPolicy), eff);
      apply(portLevel(rec(s.trafficPolicy), port), eff);
    } else details.subset = `${subset}: not defined in ${qualified(dr.resource)}`;
  }
  const mode = str(eff.tls?.mode);
  const tls = TLS_MODES.find((m) => m === mode);
  if (tls) details.tls = `${tls}: ${TLS_MEANING[tls]}`;
  const sni = str(eff.tls?.sni);
  if (sni) details.sni = sni;
  const lb = describeLb(eff.lb);
  if (lb) details.loadBalancer = lb;
  return tls ? { dr, tls, details } : { dr, details };
}
