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

/** Where a rule's traffic comes from: per gateway (or `mesh`), its source node ids and the match entries that apply. */
function ruleSources(b: Builder, ctx: Context, vs: IstioResource, rule: Rec): { sources: string[]; matches: unknown[] }[] {
  const ns = vs.effectiveNamespace;
  const out: { sources: string[]; matches: unknown[] }[] = [];
  for (const [gw, matches] of matchesByGateway(rule, boundGateways(vs))) {
    if (gw === 'mesh') {
      out.push({ sources: meshSources(b, vs), matches });
      continue;
    }
    const ref = resolveGatewayRef(ctx, gw, ns);
    if (!b.hasNode(ref.id)) b.node({ id: ref.id, type: 'gateway', label: gw.includes('/') ? gw.slice(gw.indexOf('/') + 1) : gw, namespace: ref.id.slice('gateway:'.length).split('/')[0], details: { registry: 'not in workspace' } });
    if (ref.note) b.detail(ref.id, 'note', ref.note);
    out.push({ sources: [ref.id], matches });
  }
  return out;
}

/** A rule to draw: `vs` owns it (a delegate's own rule when `via` names the root route that delegates to it). */
interface RuleAt {
  vs: IstioResource;
  kind: RouteKind;
  i: number;
  rule: Rec;
  /** The root route that delegated here, for ids, labels and details. */
  via?: { vs: IstioResource; i: number; matchText: string; matches: unknown[] };
}

function drawDestinations(b: Builder, ctx: Context, at: RuleAt, sources: string[], matches: unknown[], preferred: string[]) {
  const { vs, kind, i, rule, via } = at;
  const matchText = describeMatches(matches);
  const ns = vs.effectiveNamespace;
  const scope: Scope = partScope(keyOf(vs), `spec.${kind}[${i}]`, ROUTE_PARTS);
  const fullMatch = [via?.matchText ?? '', matchText].filter(Boolean).join(' · ');
  const viaId = via ? `/via:${qualified(via.vs)}/http[${via.i}]` : '';
  const viaDetails: Record<string, string> = via ? { delegatedFrom: `VirtualService ${qualified(via.vs)} http[${via.i}]` } : {};
  for (const d of destinationsOf(rule)) {
    const host = resolveHost(d.host, ns);
    const port = d.port ?? matchPort(matches) ?? (via ? matchPort(via.matches) : undefined) ?? singleSePort(ctx, host);
    const policy = policyFor(ctx, host, ns, port, d.subset);
    const tls: EdgeTls | undefined = policy.tls ?? (kind === 'tls' ? 'PASSTHROUGH' : undefined);
    const label = [d.mirror ? 'mirror' : '', fullMatch, d.subset ? `subset ${d.subset}` : '', d.weight !== undefined ? `${d.weight}%` : ''].filter(Boolean).join(' · ');
    const details = { VirtualService: qualified(vs), route: `${kind}[${i}].${formatPath(d.at)}`, destination: d.host, ...viaDetails, ...policy.details };
    for (const target of resolveTargets(b, ctx, host, preferred)) {
      for (const source of sources) {
        b.edge(
          {
            id: `vs:${qualified(vs)}/${kind}[${i}]/${d.at.join('.')}${viaId}/${source}`,
            source,
            target,
            label,
            protocol: kind === 'http' ? (seProtocol(ctx, host, port) ?? 'HTTP') : kind.toUpperCase(),
            ...(port !== undefined ? { port } : {}),
            ...(tls ? { tls } : {}),
            ...(d.weight !== undefined ? { weight: d.weight } : {}),
            ...(d.subset ? { subset: d.subset } : {}),
            match: fullMatch,
            resource: refTo(vs),
            location: locate(vs, 'spec', kind, i, ...d.at),
            details,
          },
          [scope],
        );
      }
    }
  }
  if (kind === 'http') drawResponses(b, ctx, at, sources, fullMatch, viaId, viaDetails);
}

/**
 * Routes the proxy answers itself. A redirect with an `authority` is an edge to that host (the client follows it);
 * a redirect to the same host and a direct response stay on the VirtualService's host nodes as details.
 */
function drawResponses(b: Builder, ctx: Context, at: RuleAt, sources: string[], matchText: string, viaId: string, viaDetails: Record<string, string>) {
  const { vs, i, rule } = at;
  const root = at.via?.vs ?? vs;
  const hostNodes = strs(rec(root.spec)?.hosts).map((h) => hostId(resolveHost(h, root.effectiveNamespace)));
  const redirect = rec(rule.redirect);
  const direct = rec(rule.directResponse);
  if (redirect) {
    const code = num(redirect.redirectCode) ?? 301;
    const authority = str(redirect.authority);
    const to = [authority ?? '', str(redirect.uri) ?? ''].join('') || 'the same URL';
    if (authority) {
      const label = [`redirect ${code}`, matchText].filter(Boolean).join(' · ');
      for (const target of resolveTargets(b, ctx, resolveHost(authority.replace(/:\d+$/, ''), vs.effectiveNamespace))) {
        for (const source of sources) {
          b.edge(
            {
              id: `vs:${qualified(vs)}/http[${i}]/redirect${viaId}/${source}`,
              source,
              target,
              label,
              protocol: 'HTTP',
              match: matchText,
              resource: refTo(vs),
              location: locate(vs, 'spec', 'http', i, 'redirect'),
              details: { VirtualService: qualified(vs), route: `http[${i}].redirect`, redirect: `${code} to ${to}`, ...viaDetails },
            },
            [partScope(keyOf(vs), `spec.http[${i}]`, ROUTE_PARTS)],
          );
        }
      }
    } else for (const id of hostNodes) b.detail(id, 'redirect', `${qualified(vs)} http[${i}]: ${code} to ${to}`);
  }
  if (direct) for (const id of hostNodes) b.detail(id, 'directResponse', `${qualified(vs)} http[${i}]: the proxy answers ${num(direct.status) ?? '?'}`);
}

function addRuleEdges(b: Builder, ctx: Context, vs: IstioResource, kind: RouteKind, i: number, rule: Rec, delegates: Map<string, IstioResource>) {
  const preferred = boundGateways(vs).filter((g) => g !== 'mesh').map((g) => resolveGatewayRef(ctx, g, vs.effectiveNamespace).id);
  for (const { sources, matches } of ruleSources(b, ctx, vs, rule)) {
    drawDestinations(b, ctx, { vs, kind, i, rule }, sources, matches, preferred);
    const target = kind === 'http' ? delegateOf(rule, vs, delegates) : undefined;
    if (!target) continue;
    // A delegate's rules apply where the root's route applies: from the same sources, within the root's match.
    arr(rec(target.spec)?.http).forEach((r, j) => {
      const own = rec(r);
      if (own) drawDestinations(b, ctx, { vs: target, kind: 'http', i: j, rule: own, via: { vs, i, matchText: describeMatches(matches), matches } }, sources, arr(own.match), preferred);
    });
  }
}

/** `ns/name` of a VirtualService. */
const vsKey = (namespace: string, name: string) => `${namespace}/${name}`;

/** The VirtualService a root's http route delegates to, when it is in the workspace. */
function delegateOf(rule: Rec, vs: IstioResource, delegates: Map<string, IstioResource>): IstioResource | undefined {
  const d = rec(rule.delegate);
  const name = str(d?.name);
  return name ? delegates.get(vsKey(str(d?.namespace) ?? vs.effectiveNamespace, name)) : undefined;
}

/** VirtualServices some root's http route delegates to: drawn only through their roots, never on their own. */
function delegateTargets(ctx: Context): Map<string, IstioResource> {
  const byKey = new Map(ctx.virtualServices.map((vs) => [vsKey(vs.effectiveNamespace, vs.name), vs]));
  const out = new Map<string, IstioResource>();
  for (const vs of ctx.virtualServices) {
    for (const rule of arr(rec(vs.spec)?.http)) {
      const target = delegateOf(rec(rule) ?? {}, vs, byKey);
      if (target && target !== vs) out.set(vsKey(target.effectiveNamespace, target.name), target);
    }
  }
  return out;
}

/** Add every VirtualService route as edges from the gateways it is bound to (`mesh` = the sidecars). */
export function deriveRoutes(b: Builder, ctx: Context) {
  const delegates = delegateTargets(ctx);
  const isDelegate = new Set(delegates.values());
  for (const vs of ctx.virtualServices) {
    if (isDelegate.has(vs)) continue;
    const spec = rec(vs.spec);
    for (const kind of ROUTE_KINDS) arr(spec?.[kind]).forEach((rule, i) => rec(rule) && addRuleEdges(b, ctx, vs, kind, i, rec(rule)!, delegates));
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
