/** Gateway nodes, and how a route's destination host or `gateways:` entry reaches a Gateway. */
import type { Builder } from './builder';
import { gatewayId, type Context, type GatewayInfo } from './context';
import { wholeScope } from './diagnostics';
import { kubeServiceOf } from './hosts';
import { arr, labelPairs, num, rec, str, strs } from './read';
import { keyOf, locate, qualified, refTo } from './refs';

export const ISTIO_SYSTEM = 'istio-system';

/**
 * Whether a Kubernetes service host reaches this Gateway's pods: selector label value `X` ↔ service `istio-X` or `X`
 * in the Gateway's namespace or istio-system (`istio: egressgateway` ↔ `istio-egressgateway.istio-system.svc.cluster.local`).
 */
export function gatewayServesHost(g: GatewayInfo, host: string): boolean {
  const svc = kubeServiceOf(host, true);
  if (!svc) return false;
  if (svc.namespace !== g.resource.effectiveNamespace && svc.namespace !== ISTIO_SYSTEM) return false;
  return g.selectorValues.some((x) => svc.name === x || svc.name === `istio-${x}`);
}

/** Gateways a destination host reaches; when several do, those the route's own resource binds are preferred. */
export function gatewaysForHost(ctx: Context, host: string, preferred: readonly string[] = []): GatewayInfo[] {
  const all = ctx.gateways.filter((g) => gatewayServesHost(g, host));
  const narrowed = all.filter((g) => preferred.includes(g.id));
  return narrowed.length ? narrowed : all;
}

/** Whether an unmatched host looks like a gateway's service (its service name mentions "gateway"). */
export function looksLikeGatewayHost(host: string): boolean {
  const svc = kubeServiceOf(host);
  return svc !== undefined && /gateway/i.test(svc.name);
}

export interface GatewayRef {
  id: string;
  /** Why the reference resolved the way it did, when that is not the obvious way. */
  note?: string;
}

/**
 * Resolve a VirtualService `gateways:` entry (`name` or `ns/name`; a bare name is in the VirtualService's namespace).
 * NOTE: Istio's own examples (e.g. the egress gateway one) name a Gateway of another namespace without `ns/`;
 * a unique Gateway of that name elsewhere is then used, with a note, so the path still shows.
 */
export function resolveGatewayRef(ctx: Context, ref: string, vsNamespace: string): GatewayRef {
  const [ns, name] = ref.includes('/') ? [ref.slice(0, ref.indexOf('/')), ref.slice(ref.indexOf('/') + 1)] : [vsNamespace, ref];
  const exact = ctx.gateways.find((g) => g.resource.effectiveNamespace === ns && g.resource.name === name);
  if (exact) return { id: exact.id };
  const byName = ctx.gateways.filter((g) => g.resource.name === name);
  if (!ref.includes('/') && byName.length === 1) {
    return { id: byName[0]!.id, note: `"${ref}" names ${ns}/${name}, which is not in the workspace; drawn to the only Gateway named ${name} (${qualified(byName[0]!.resource)})` };
  }
  return { id: gatewayId(ns, name), note: `Gateway ${ns}/${name} is not in the workspace` };
}

/** Add one node per Gateway resource. */
export function deriveGateways(b: Builder, ctx: Context) {
  for (const g of ctx.gateways) {
    const r = g.resource;
    const spec = rec(r.spec);
    const details: Record<string, string> = { Gateway: qualified(r) };
    const selector = labelPairs(spec?.selector);
    if (selector.length) details.selector = selector.join(', ');
    const tlsModes = new Set<string>();
    const servers = arr(spec?.servers)
      .map(rec)
      .filter((s) => s !== undefined)
      .map((s) => {
        const port = rec(s.port);
        const mode = str(rec(s.tls)?.mode);
        if (mode) tlsModes.add(mode);
        return `${num(port?.number) ?? '?'}/${str(port?.protocol) ?? '?'} hosts ${strs(s.hosts).join(', ') || '(none)'}${mode ? ` tls ${mode}` : ''}`;
      });
    if (servers.length) details.servers = servers.join('; ');
    if (tlsModes.size) details.tls = [...tlsModes].sort().join(', ');
    if (g.selectorValues.length) {
      const ns = r.effectiveNamespace;
      details.reachedVia = g.selectorValues.map((x) => `istio-${x}.${ns} or ${x}.${ns}${ns === ISTIO_SYSTEM ? '' : ` (or in ${ISTIO_SYSTEM})`}`).join('; ');
    }
    b.node({ id: g.id, type: 'gateway', label: r.name || '(unnamed)', namespace: r.effectiveNamespace, resource: refTo(r), location: locate(r), details }, [wholeScope(keyOf(r))]);
  }
}
