/** Egress path completeness: sidecar → egress gateway → external host must be routed at every hop. */
import type { PathSegment } from '../core/diagnostic';
import type { Emit } from '../core/finding';
import { arr, obj, portNumber, strings } from './data';
import { finding } from './catalog';
import { canonicalHost, hostsMatch, ROOT_NAMESPACE } from './hosts';
import { selectorText } from './gateway-conflicts';
import { displayName, wildcardKeys, type IndexedGateway, type IndexedVirtualService, type WorkspaceIndex } from './workspace-index';
import { destinationPath, MESH, resolveGatewayName, ruleScope, type RouteDestination } from './vs-routes';

interface BoundRule {
  /** The Gateway the rule is bound to (`namespace/name`). */
  gateway: string;
  matchPorts: number[];
}

interface EgressContext {
  ix: WorkspaceIndex;
  /** Kubernetes service host of a gateway workload → the Gateways selecting that workload. */
  gatewaysByService: Map<string, IndexedGateway[]>;
  /** VirtualService host → gateway-bound rules of VirtualServices with that host. */
  rulesByHost: Map<string, BoundRule[]>;
  /** Gateway keys some rule is bound to. */
  boundKeys: Set<string>;
  ports: Map<IndexedGateway, number[]>;
}

function push<V>(m: Map<string, V[]>, k: string, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

// NOTE: an egress gateway Service by its usual names (istio-egressgateway, my-egressgateway-2, …)
const EGRESS_SERVICE = /^[^.]*egressgateway[^.]*\.[^.]+\.svc\.cluster\.local$/;

/** XR016 (mesh route to a gateway with no onward route) and XR017 (route on a port the Gateway does not listen on). */
export function checkEgressPaths(ix: WorkspaceIndex, emit: Emit): void {
  const ctx: EgressContext = { ix, gatewaysByService: gatewayServices(ix), rulesByHost: new Map(), boundKeys: new Set(), ports: new Map() };
  indexBoundRules(ctx);
  for (const vs of ix.virtualServices) {
    for (const d of vs.destinations) {
      if (!d.mirror && d.gateways.includes(MESH)) checkMeshHop(ctx, vs, d, emit);
    }
    checkMatchPorts(ix, vs, emit);
  }
}

/**
 * The Service that reaches a Gateway's workload: for each selector value `X`, `X.<ns>` and `istio-X.<ns>`
 * in the Gateway's namespace and in istio-system (the convention docs/graph.md documents).
 */
function gatewayServices(ix: WorkspaceIndex): Map<string, IndexedGateway[]> {
  const out = new Map<string, IndexedGateway[]>();
  for (const gw of ix.gateways) {
    const values = Object.values(obj(gw.spec.selector) ?? {}).filter((v): v is string => typeof v === 'string');
    const hosts = new Set<string>();
    for (const ns of new Set([gw.resource.effectiveNamespace, ROOT_NAMESPACE])) {
      for (const v of values) {
        hosts.add(`${v}.${ns}.svc.cluster.local`);
        hosts.add(`istio-${v}.${ns}.svc.cluster.local`);
      }
    }
    for (const h of hosts) push(out, h, gw);
  }
  return out;
}

function indexBoundRules(ctx: EgressContext): void {
  for (const vs of ctx.ix.virtualServices) {
    const hosts = vs.hosts;
    for (const protocol of ['http', 'tls', 'tcp'] as const) {
      for (const rule of arr(vs.spec[protocol])) {
        const r = obj(rule);
        if (!r) continue;
        const { gateways, matchPorts } = ruleScope(r, vs.resource.effectiveNamespace, vs.gateways);
        for (const g of gateways) {
          if (g === MESH) continue;
          ctx.boundKeys.add(g);
          for (const h of hosts) push(ctx.rulesByHost, h, { gateway: g, matchPorts });
        }
      }
    }
  }
}

/** Gateway-bound rules of VirtualServices with a host matching `host`. */
function rulesFor(ctx: EgressContext, host: string): BoundRule[] {
  const out: BoundRule[] = [];
  for (const k of wildcardKeys(host)) {
    const found = ctx.rulesByHost.get(k);
    if (found) out.push(...found);
  }
  if (host.startsWith('*')) {
    // a wildcard host also reaches narrower hosts below it; rare, so a scan is fine
    for (const [h, list] of ctx.rulesByHost) if (!h.startsWith('*') && hostsMatch(host, h)) out.push(...list);
  }
  return out;
}

function checkMeshHop(ctx: EgressContext, vs: IndexedVirtualService, d: RouteDestination, emit: Emit): void {
  const service = canonicalHost(d.host, vs.resource.effectiveNamespace);
  const gateways = ctx.gatewaysByService.get(service);
  if (!gateways && !EGRESS_SERVICE.test(service)) return;
  const r = vs.resource;
  const path: PathSegment[] = [...destinationPath(d), 'host'];
  const hosts = vs.hosts;
  const port = d.port ?? (d.matchPorts.length === 1 ? d.matchPorts[0] : undefined);
  const what = `Mesh traffic for ${hosts.join(', ') || 'this VirtualService'} is sent to ${d.host}${port !== undefined ? `:${port}` : ''}`;
  if (!gateways) {
    emit(finding('XR016', r, path, `${what}, but no Gateway in the workspace selects the egress gateway behind it, so nothing routes it onward.`));
    return;
  }
  const names = gateways.map((g) => displayName(g.resource)).join(', ');
  if (port !== undefined && !gateways.some((g) => serverPorts(g, ctx.ports).includes(port))) {
    emit(finding('XR016', r, path, `${what}, but Gateway ${names} (selector ${selectorText(obj(gateways[0]!.spec.selector))}) has no server on port ${port}.`));
    return;
  }
  const keys = new Set(gateways.map((g) => g.key));
  const onward = hosts.some((x) => rulesFor(ctx, x).some((b) =>
    keys.has(b.gateway) && (port === undefined || b.matchPorts.length === 0 || b.matchPorts.includes(port))));
  if (onward) return;
  emit(finding('XR016', r, path,
    `${what}, but no VirtualService bound to Gateway ${names} routes ${hosts.join(', ')}${port !== undefined ? ` on port ${port}` : ''} onward${misbound(ctx, gateways)}.`));
}

/** A hint when some VirtualService names a Gateway of the same name that resolves to another namespace. */
function misbound(ctx: EgressContext, gateways: IndexedGateway[]): string {
  for (const g of gateways) {
    for (const key of ctx.boundKeys) {
      if (key !== g.key && key.endsWith(`/${g.resource.name}`) && !ctx.ix.gatewayByKey.has(key)) {
        return ` (a route is bound to ${key}, which does not exist; write "${g.key}")`;
      }
    }
  }
  return '';
}

/** Port numbers of a Gateway's servers (cached per run: egress gateways are asked once per route). */
function serverPorts(gw: IndexedGateway, cache?: Map<IndexedGateway, number[]>): number[] {
  const cached = cache?.get(gw);
  if (cached) return cached;
  const ports = arr(gw.spec.servers).map((s) => portNumber(obj(obj(s)?.port)?.number)).filter((n): n is number => n !== undefined);
  cache?.set(gw, ports);
  return ports;
}

/** XR017: a match on a port that no server of its (existing) Gateway listens on. */
function checkMatchPorts(ix: WorkspaceIndex, vs: IndexedVirtualService, emit: Emit): void {
  const ns = vs.resource.effectiveNamespace;
  for (const protocol of ['http', 'tls', 'tcp'] as const) {
    arr(vs.spec[protocol]).forEach((rule, i) => {
      arr(obj(rule)?.match).forEach((m, j) => {
        const match = obj(m);
        const port = portNumber(match?.port);
        if (!match || port === undefined) return;
        const own = strings(match.gateways).map((g) => resolveGatewayName(g.value, ns));
        for (const key of own.length ? own : vs.gateways) {
          const gws = key === MESH ? undefined : ix.gatewayByKey.get(key);
          if (!gws) continue;
          const ports = [...new Set(gws.flatMap((g) => serverPorts(g)))].sort((a, b) => a - b);
          if (ports.includes(port)) continue;
          emit(finding('XR017', vs.resource, ['spec', protocol, i, 'match', j, 'port'],
            `Rule ${protocol}[${i}] of VirtualService ${displayName(vs.resource)} matches port ${port} on Gateway ${displayName(gws[0]!.resource)}, ` +
            `which has no server on that port (${ports.length ? `servers listen on ${ports.join(', ')}` : 'it has no servers'}).`));
        }
      });
    });
  }
}
