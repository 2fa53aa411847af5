/** VirtualService traversal: bound gateways, and every destination (route, mirror, mirrors) of http/tls/tcp rules. */
import type { PathSegment } from '../core/diagnostic';
import type { IstioResource } from '../core/resource';
import { arr, obj, portNumber, specOf, str, strings, type Obj } from './data';

export const MESH = 'mesh';

/**
 * pilot's `resolveGatewayName`: `gw` → `<vs-ns>/gw`, `./gw` → `<vs-ns>/gw`, `ns/gw` as is,
 * and the legacy FQDN forms `gw.ns` / `gw.ns.svc.cluster.local` → `ns/gw`. `mesh` stays `mesh`.
 */
export function resolveGatewayName(name: string, vsNamespace: string): string {
  if (name === MESH) return MESH;
  const slash = name.indexOf('/');
  if (slash >= 0) return name.slice(0, slash) === '.' ? `${vsNamespace}/${name.slice(slash + 1)}` : name;
  const dot = name.indexOf('.');
  if (dot < 0) return `${vsNamespace}/${name}`;
  const rest = name.slice(dot + 1);
  const next = rest.indexOf('.');
  return `${next < 0 ? rest : rest.slice(0, next)}/${name.slice(0, dot)}`;
}

export interface GatewayRef {
  /** As written. */
  name: string;
  /** `mesh` or `namespace/name`. */
  key: string;
  path: PathSegment[];
}

/** The VirtualService's `spec.gateways`, resolved; an empty list means `mesh`. */
export function vsGateways(vs: IstioResource): { refs: GatewayRef[]; keys: string[] } {
  const refs = strings(specOf(vs).gateways).map(({ value, index }) => ({
    name: value,
    key: resolveGatewayName(value, vs.effectiveNamespace),
    path: ['spec', 'gateways', index] as PathSegment[],
  }));
  return { refs, keys: refs.length ? refs.map((r) => r.key) : [MESH] };
}

export type RouteProtocol = 'http' | 'tls' | 'tcp';

export interface RouteDestination {
  protocol: RouteProtocol;
  /** Index of the rule in its list. */
  rule: number;
  mirror: boolean;
  destination: Obj;
  host: string;
  port?: number;
  subset?: string;
  /** Where the destination sits in its rule: `route[i].destination`, `mirror`, `mirrors[i].destination`. */
  slot: 'route' | 'mirror' | 'mirrors';
  slotIndex: number;
  /** Gateways the rule applies to (`mesh` or `namespace/name`). */
  gateways: string[];
  /** Ports the rule's matches name; empty = any port. */
  matchPorts: number[];
}

/** Path of a destination object, built only when a finding needs it. */
export function destinationPath(d: RouteDestination): PathSegment[] {
  const base: PathSegment[] = ['spec', d.protocol, d.rule];
  return d.slot === 'mirror' ? [...base, 'mirror'] : [...base, d.slot, d.slotIndex, 'destination'];
}

/** Every destination of a VirtualService, with the gateways and ports its rule applies to. */
export function routeDestinations(vs: IstioResource, boundGateways: string[]): RouteDestination[] {
  const spec = specOf(vs);
  const out: RouteDestination[] = [];
  for (const protocol of ['http', 'tls', 'tcp'] as const) {
    arr(spec[protocol]).forEach((ruleValue, rule) => {
      const r = obj(ruleValue);
      if (!r) return;
      const { gateways, matchPorts } = ruleScope(r, vs.effectiveNamespace, boundGateways);
      const add = (d: unknown, slot: RouteDestination['slot'], slotIndex: number) => {
        const destination = obj(d);
        const host = str(destination?.host);
        if (!destination || !host) return;
        const port = portNumber(obj(destination.port)?.number);
        const subset = str(destination.subset);
        const entry: RouteDestination = { protocol, rule, mirror: slot !== 'route', destination, host, slot, slotIndex, gateways, matchPorts };
        if (port !== undefined) entry.port = port;
        if (subset) entry.subset = subset;
        out.push(entry);
      };
      arr(r.route).forEach((w, i) => add(obj(w)?.destination, 'route', i));
      if (protocol === 'http') {
        add(r.mirror, 'mirror', 0);
        arr(r.mirrors).forEach((m, i) => add(obj(m)?.destination, 'mirrors', i));
      }
    });
  }
  return out;
}

/** A rule applies to the gateways its matches name (each match without gateways inherits the VirtualService's). */
const NO_PORTS: number[] = [];

export function ruleScope(rule: Obj, vsNamespace: string, bound: string[]): { gateways: string[]; matchPorts: number[] } {
  if (!Array.isArray(rule.match) || rule.match.length === 0) return { gateways: bound, matchPorts: NO_PORTS };
  const matches = rule.match.map(obj).filter((m): m is Obj => m !== undefined);
  if (matches.length === 0) return { gateways: bound, matchPorts: NO_PORTS };
  const gateways = new Set<string>();
  const ports = new Set<number>();
  let anyPort = false;
  for (const m of matches) {
    const own = strings(m.gateways).map(({ value }) => resolveGatewayName(value, vsNamespace));
    for (const g of own.length ? own : bound) gateways.add(g);
    const p = portNumber(m.port);
    if (p === undefined) anyPort = true;
    else ports.add(p);
  }
  return { gateways: [...gateways], matchPorts: anyPort ? [] : [...ports] };
}
