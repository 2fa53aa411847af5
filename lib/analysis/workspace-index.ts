/** Indexes built once per analysis run (host → ServiceEntries, name → Gateways, host → DestinationRules). */
import type { IstioResource } from '../core/resource';
import { arr, obj, portNumber, specOf, str, strings, type Obj } from './data';
import { exportScope, visibleFrom, type ExportScope } from './export-scope';
import { canonicalHost } from './hosts';
import { routeDestinations, vsGateways, type GatewayRef, type RouteDestination } from './vs-routes';

export interface SePort {
  number: number;
  protocol: string;
  index: number;
}

export interface SeHost {
  se: IndexedServiceEntry;
  /** The host as written. */
  host: string;
  /** Resolved in the ServiceEntry's namespace. */
  fqdn: string;
  index: number;
}

export interface IndexedServiceEntry {
  resource: IstioResource;
  spec: Obj;
  hosts: SeHost[];
  ports: SePort[];
  scope: ExportScope;
}

export interface IndexedDestinationRule {
  resource: IstioResource;
  spec: Obj;
  host: string;
  fqdn: string;
  scope: ExportScope;
  subsets: ReadonlySet<string>;
}

export interface IndexedGateway {
  resource: IstioResource;
  spec: Obj;
  key: string;
}

export interface IndexedVirtualService {
  resource: IstioResource;
  spec: Obj;
  /** `spec.hosts` as written (strings only). */
  hosts: string[];
  gatewayRefs: GatewayRef[];
  /** Bound gateways: `mesh` and/or `namespace/name`. */
  gateways: string[];
  destinations: RouteDestination[];
  scope: ExportScope;
}

export interface WorkspaceIndex {
  resources: readonly IstioResource[];
  namespaces: ReadonlySet<string>;
  serviceEntries: IndexedServiceEntry[];
  destinationRules: IndexedDestinationRule[];
  gateways: IndexedGateway[];
  virtualServices: IndexedVirtualService[];
  /** Lookups by FQDN; wildcard hosts are keyed as written (`*.foo.com`). */
  seByHost: ReadonlyMap<string, SeHost[]>;
  drByHost: ReadonlyMap<string, IndexedDestinationRule[]>;
  /** `namespace/name` → Gateways (more than one only when the workspace repeats a Gateway). */
  gatewayByKey: ReadonlyMap<string, IndexedGateway[]>;
  gatewayByName: ReadonlyMap<string, IndexedGateway[]>;
  /** host → ServiceEntry hosts matching it, filled by serviceEntryHosts (destinations repeat hosts). */
  cache: Map<string, SeHost[]>;
  /** Proper suffixes of ServiceEntry hosts (built on first use: only wildcard DestinationRule hosts need it). */
  seSuffixes: () => ReadonlySet<string>;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** Index every resource once; analyzers then look up instead of scanning. */
export function indexWorkspace(resources: readonly IstioResource[]): WorkspaceIndex {
  const namespaces = new Set<string>();
  const serviceEntries: IndexedServiceEntry[] = [];
  const destinationRules: IndexedDestinationRule[] = [];
  const gateways: IndexedGateway[] = [];
  const virtualServices: IndexedVirtualService[] = [];
  const seByHost = new Map<string, SeHost[]>();
  const drByHost = new Map<string, IndexedDestinationRule[]>();
  const gatewayByKey = new Map<string, IndexedGateway[]>();
  const gatewayByName = new Map<string, IndexedGateway[]>();

  for (const r of resources) {
    const ns = r.effectiveNamespace;
    namespaces.add(ns);
    const spec = specOf(r);
    if (r.kind === 'ServiceEntry') {
      const se: IndexedServiceEntry = { resource: r, spec, hosts: [], ports: [], scope: exportScope(spec.exportTo, ns) };
      for (const { value, index } of strings(spec.hosts)) {
        const h: SeHost = { se, host: value, fqdn: canonicalHost(value, ns), index };
        se.hosts.push(h);
        push(seByHost, h.fqdn, h);
      }
      arr(spec.ports).forEach((p, index) => {
        const n = portNumber(obj(p)?.number);
        if (n !== undefined) se.ports.push({ number: n, protocol: (str(obj(p)?.protocol) ?? '').toUpperCase(), index });
      });
      serviceEntries.push(se);
    } else if (r.kind === 'DestinationRule') {
      const host = str(spec.host);
      if (host === undefined) continue;
      const subsets = new Set<string>();
      for (const s of arr(spec.subsets)) {
        const name = str(obj(s)?.name);
        if (name) subsets.add(name);
      }
      const dr: IndexedDestinationRule = { resource: r, spec, host, fqdn: canonicalHost(host, ns), scope: exportScope(spec.exportTo, ns), subsets };
      destinationRules.push(dr);
      push(drByHost, dr.fqdn, dr);
    } else if (r.kind === 'Gateway') {
      const gw: IndexedGateway = { resource: r, spec, key: `${ns}/${r.name}` };
      gateways.push(gw);
      push(gatewayByKey, gw.key, gw);
      push(gatewayByName, r.name, gw);
    } else if (r.kind === 'VirtualService') {
      const { refs, keys } = vsGateways(r);
      virtualServices.push({ resource: r, spec, hosts: strings(spec.hosts).map((h) => h.value), gatewayRefs: refs, gateways: keys, destinations: routeDestinations(r, keys), scope: exportScope(spec.exportTo, ns) });
    }
  }
  let suffixes: Set<string> | undefined;
  const seSuffixes = () => {
    if (!suffixes) {
      suffixes = new Set<string>();
      for (const host of seByHost.keys()) addSuffixes(suffixes, host);
    }
    return suffixes;
  };
  return { resources, namespaces, serviceEntries, destinationRules, gateways, virtualServices, seByHost, drByHost, gatewayByKey, gatewayByName, cache: new Map(), seSuffixes };
}

function addSuffixes(set: Set<string>, host: string): void {
  const start = host.startsWith('*.') ? 2 : host.indexOf('.') + 1;
  if (host === '*') set.add('');
  if (start <= 0) return;
  for (let i = start; i > 0 && i <= host.length; i = host.indexOf('.', i) + 1) set.add(host.slice(i));
}

/** Keys that can match `host` in a host-keyed index: itself and every wildcard above it (`*.b.c`, `*.c`, `*`). */
export function wildcardKeys(host: string): string[] {
  const keys = [host];
  let i = host.startsWith('*.') ? host.indexOf('.', 2) : host.indexOf('.');
  while (i >= 0) {
    keys.push(`*${host.slice(i)}`);
    i = host.indexOf('.', i + 1);
  }
  if (host !== '*') keys.push('*');
  return keys;
}

/** ServiceEntry hosts matching `fqdn` (exact, or a wildcard host covering it). */
export function serviceEntryHosts(ix: WorkspaceIndex, fqdn: string): SeHost[] {
  const cached = ix.cache.get(fqdn);
  if (cached) return cached;
  const out: SeHost[] = [];
  for (const k of wildcardKeys(fqdn)) {
    const found = ix.seByHost.get(k);
    if (found) out.push(...found);
  }
  ix.cache.set(fqdn, out);
  return out;
}

/** Whether any ServiceEntry host matches `host` in either direction (for wildcard DestinationRule hosts too). */
export function anyServiceEntryMatches(ix: WorkspaceIndex, host: string): boolean {
  if (host === '*') return ix.seByHost.size > 0;
  if (serviceEntryHosts(ix, host).length > 0) return true;
  // a wildcard query (`*.foo.com`) also matches hosts below it
  return host.startsWith('*.') && ix.seSuffixes().has(host.slice(2));
}

/** Split matches into those visible from `namespace` and those that are not. */
const NONE: SeHost[] = [];

export function byVisibility(hosts: SeHost[], namespace: string): { visible: SeHost[]; hidden: SeHost[] } {
  // the common case (everything exported everywhere) allocates nothing
  if (hosts.every((h) => visibleFrom(h.se.scope, namespace))) return { visible: hosts, hidden: NONE };
  const visible: SeHost[] = [];
  const hidden: SeHost[] = [];
  for (const h of hosts) (visibleFrom(h.se.scope, namespace) ? visible : hidden).push(h);
  return { visible, hidden };
}

/** DestinationRules whose host matches `fqdn` (exact or wildcard DR host covering it). */
export function destinationRulesFor(ix: WorkspaceIndex, fqdn: string): IndexedDestinationRule[] {
  const out: IndexedDestinationRule[] = [];
  for (const k of wildcardKeys(fqdn)) {
    const found = ix.drByHost.get(k);
    if (found) out.push(...found);
  }
  return out;
}

/** `namespace/name` of a resource, or the bare name when its manifest has no namespace (as istioctl prints it). */
export function displayName(r: IstioResource): string {
  return r.namespace ? `${r.namespace}/${r.name}` : r.name;
}
