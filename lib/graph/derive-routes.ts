/** Edges of VirtualService routes (http, tls, tcp) from the gateways they are bound to, and default sidecar paths. */
import { formatPath } from '../core/diagnostic';
import type { IstioResource } from '../core/resource';
import type { Builder } from './builder';
import { hostId, type Context } from './context';
import { partScope, type Scope } from './diagnostics';
import { resolveGatewayRef } from './derive-gateways';
import { describePorts } from './derive-services';
import { hostMatches, indexHosts, isWildcard, lookupHost, resolveHost, type HostIndex } from './hosts';
import { describeMatches, matchPort } from './match-label';
import { meshSources } from './mesh';
import { policyFor } from './policy';
import { arr, num, rec, str, strs, type Rec } from './read';
import { keyOf, locate, qualified, refTo } from './refs';
import { resolveTargets } from './targets';
import type { EdgeTls } from './types';

const ROUTE_KINDS = ['http', 'tls', 'tcp'] as const;
type RouteKind = (typeof ROUTE_KINDS)[number];
const ROUTE_PARTS = /^spec\.(http|tls|tcp)\[/;

/** The gateways a VirtualService binds (`mesh` when none are listed). */
export function boundGateways(vs: IstioResource): string[] {
  const g = strs(rec(vs.spec)?.gateways);
  return g.length ? g : ['mesh'];
}

/** For each gateway name, the match entries of a rule that apply from it (match.gateways overrides the resource's). */
function matchesByGateway(rule: Rec, vsGateways: string[]): Map<string, unknown[]> {
  const out = new Map<string, unknown[]>();
  const matches = arr(rule.match);
  if (matches.length === 0) for (const g of vsGateways) out.set(g, []);
  for (const m of matches) {
    const own = strs(rec(m)?.gateways);
    for (const g of own.length ? own : vsGateways) out.set(g, [...(out.get(g) ?? []), m]);
  }
  return out;
}

/** Protocol of `port` as the ServiceEntry of `host` declares it. */
function seProtocol(ctx: Context, host: string, port: number | undefined): string | undefined {
  const se = ctx.seHosts.get(host)?.[0]?.se;
  const ports = arr(rec(se?.spec)?.ports).map(rec);
  const p = port === undefined ? (ports.length === 1 ? ports[0] : undefined) : ports.find((x) => num(x?.number) === port);
  return str(p?.protocol);
}

function singleSePort(ctx: Context, host: string): number | undefined {
  const ports = arr(rec(ctx.seHosts.get(host)?.[0]?.se.spec)?.ports);
  return ports.length === 1 ? num(rec(ports[0])?.number) : undefined;
}

interface Destination {
  host: string;
  subset?: string;
  port?: number;
  weight?: number;
  /** Path of the destination inside the rule, e.g. ['route', 1] or ['mirror']. */
  at: (string | number)[];
  mirror?: boolean;
}

function destinationsOf(rule: Rec): Destination[] {
  const out: Destination[] = [];
  const push = (d: unknown, at: (string | number)[], weight?: number, mirror?: boolean) => {
    const dest = rec(d);
    const host = str(dest?.host);
    if (!dest || !host) return;
    out.push({ host, subset: str(dest.subset), port: num(rec(dest.port)?.number), weight, at, mirror });
  };
  arr(rule.route).forEach((r, j) => push(rec(r)?.destination, ['route', j], num(rec(r)?.weight)));
  if (rule.mirror !== undefined) push(rule.mirror, ['mirror'], num(rec(rule.mirrorPercentage)?.value), true);
  arr(rule.mirrors).forEach((m, j) => push(rec(m)?.destination, ['mirrors', j], num(rec(rec(m)?.percentage)?.value), true));
  return out;
}

function addRuleEdges(b: Builder, ctx: Context, vs: IstioResource, kind: RouteKind, i: number, rule: Rec) {
  const ns = vs.effectiveNamespace;
  const gatewayNames = boundGateways(vs);
  const preferred = gatewayNames.filter((g) => g !== 'mesh').map((g) => resolveGatewayRef(ctx, g, ns).id);
  const scope: Scope = partScope(keyOf(vs), `spec.${kind}[${i}]`, ROUTE_PARTS);
  for (const [gw, matches] of matchesByGateway(rule, gatewayNames)) {
    let sources: string[];
    if (gw === 'mesh') sources = meshSources(b, vs);
    else {
      const ref = resolveGatewayRef(ctx, gw, ns);
      if (!b.hasNode(ref.id)) b.node({ id: ref.id, type: 'gateway', label: gw.includes('/') ? gw.slice(gw.indexOf('/') + 1) : gw, namespace: ref.id.slice('gateway:'.length).split('/')[0], details: { registry: 'not in workspace' } });
      if (ref.note) b.detail(ref.id, 'note', ref.note);
      sources = [ref.id];
    }
    const matchText = describeMatches(matches);
    for (const d of destinationsOf(rule)) {
      const host = resolveHost(d.host, ns);
      const port = d.port ?? matchPort(matches) ?? singleSePort(ctx, host);
      const policy = policyFor(ctx, host, ns, port, d.subset);
      const tls: EdgeTls | undefined = policy.tls ?? (kind === 'tls' ? 'PASSTHROUGH' : undefined);
      const label = [d.mirror ? 'mirror' : '', matchText, d.subset ? `subset ${d.subset}` : '', d.weight !== undefined ? `${d.weight}%` : ''].filter(Boolean).join(' · ');
      const details = { VirtualService: qualified(vs), route: `${kind}[${i}].${formatPath(d.at)}`, destination: d.host, ...policy.details };
      for (const target of resolveTargets(b, ctx, host, preferred)) {
        for (const source of sources) {
          b.edge(
            {
              id: `vs:${qualified(vs)}/${kind}[${i}]/${d.at.join('.')}/${source}`,
              source,
              target,
              label,
              protocol: kind === 'http' ? (seProtocol(ctx, host, port) ?? 'HTTP') : kind.toUpperCase(),
              ...(port !== undefined ? { port } : {}),
              ...(tls ? { tls } : {}),
              ...(d.weight !== undefined ? { weight: d.weight } : {}),
              ...(d.subset ? { subset: d.subset } : {}),
              match: matchText,
              resource: refTo(vs),
              location: locate(vs, 'spec', kind, i, ...d.at),
              details,
            },
            [scope],
          );
        }
      }
    }
  }
}

/** Add every VirtualService route as edges from the gateways it is bound to (`mesh` = the sidecars). */
export function deriveRoutes(b: Builder, ctx: Context) {
  for (const vs of ctx.virtualServices) {
    const spec = rec(vs.spec);
    for (const kind of ROUTE_KINDS) arr(spec?.[kind]).forEach((rule, i) => rec(rule) && addRuleEdges(b, ctx, vs, kind, i, rec(rule)!));
    for (const h of strs(spec?.hosts)) {
      const host = resolveHost(h, vs.effectiveNamespace);
      const covered = isWildcard(host) ? [...ctx.seHosts.keys()].filter((se) => hostMatches(host, se)) : ctx.seHosts.has(host) ? [host] : [];
      for (const se of covered) b.detail(hostId(se), 'routedBy', `VirtualService ${qualified(vs)}`);
    }
  }
}

/** Hosts of VirtualServices bound to the sidecars: traffic to them follows the routes, not the default path. */
function meshRoutedHosts(ctx: Context): HostIndex<true> {
  const hosts = ctx.virtualServices.filter((vs) => boundGateways(vs).includes('mesh')).flatMap((vs) => strs(rec(vs.spec)?.hosts).map((h) => resolveHost(h, vs.effectiveNamespace)));
  return indexHosts(hosts.map((h) => [h, true]));
}

/** Without a VirtualService for a ServiceEntry host, sidecars send traffic straight to it: one default edge each. */
export function deriveDefaultPaths(b: Builder, ctx: Context) {
  const routed = meshRoutedHosts(ctx);
  for (const [host, entries] of ctx.seHosts) {
    if (lookupHost(routed, host)) continue;
    const se = entries[0]!.se;
    const spec = rec(se.spec);
    const port = singleSePort(ctx, host);
    const protocol = seProtocol(ctx, host, port);
    const policy = policyFor(ctx, host, se.effectiveNamespace, port);
    const tls: EdgeTls | undefined = policy.tls ?? (protocol === 'TLS' || protocol === 'HTTPS' ? 'PASSTHROUGH' : undefined);
    const key = keyOf(se);
    for (const source of meshSources(b, se)) {
      b.edge(
        {
          id: `se:${qualified(se)}/default/${host}/${source}`,
          source,
          target: hostId(host),
          label: describePorts(spec),
          ...(protocol ? { protocol } : {}),
          ...(port !== undefined ? { port } : {}),
          ...(tls ? { tls } : {}),
          match: '',
          resource: refTo(se),
          location: locate(se, 'spec', 'ports'),
          details: { path: 'default: no VirtualService routes this host', ServiceEntry: qualified(se), ...policy.details },
        },
        [{ key, includes: (p) => p.startsWith('spec.ports') }],
      );
    }
  }
}
