/**
 * What links resources in cross-resource analysis (lib/analysis), as keys: a resource's analysis findings can
 * change only when a resource providing one of the keys it consumes changes. The incremental analyzer re-runs
 * analysis on the consumers of an edited resource's keys (plus what they consume) instead of the whole workspace.
 *
 * NOTE: this mirrors the lookups of lib/analysis (hosts by FQDN with wildcard keys, DestinationRule hosts,
 * mesh VirtualService hosts, VirtualService hosts for egress onward routes, gateway bindings, and `ns:` for a
 * `name.namespace` host, which reads as a Kubernetes service only while the namespace exists; `gn:` for Gateways
 * by name; `gw:` links every Gateway with every other, which the conflict and certificate checks compare). The keys
 * of VirtualServices also read the Gateways' selectors (GatewayServices): an edit that changes those re-keys
 * everything. The equality test of incremental.test.ts guards this mirror against new analyzers.
 */
import type { IstioResource } from '../core/resource';
import { arr, obj, specOf, strings } from '../analysis/data';
import { canonicalHost, hostsMatch, ROOT_NAMESPACE } from '../analysis/hosts';
import { MESH, resolveGatewayName, routeDestinations, vsGateways } from '../analysis/vs-routes';
import { wildcardKeys } from '../analysis/workspace-index';

/** A wildcard a resource compares against every key of a family (a scan in lib/analysis, not a lookup). */
export interface KeyPattern {
  family: string;
  host: string;
}

export interface ResourceKeys {
  provides: string[];
  consumes: string[];
  patterns: KeyPattern[];
}

/** Service host of a gateway workload → names of the Gateways selecting it (as lib/analysis/egress-path derives it). */
export type GatewayServices = ReadonlyMap<string, readonly string[]>;

/** The egress-path analyzer's view of the workspace's Gateways. */
export function gatewayServices(gateways: readonly IstioResource[]): GatewayServices {
  const out = new Map<string, string[]>();
  for (const gw of gateways) {
    const values = Object.values(obj(specOf(gw).selector) ?? {}).filter((v): v is string => typeof v === 'string');
    for (const ns of new Set([gw.effectiveNamespace, ROOT_NAMESPACE])) {
      for (const v of values) {
        for (const h of [`${v}.${ns}.svc.cluster.local`, `istio-${v}.${ns}.svc.cluster.local`]) {
          const list = out.get(h) ?? [];
          list.push(gw.name);
          out.set(h, list);
        }
      }
    }
  }
  return out;
}

/** Gateways are compared with each other (same selector and port, same certificate): few, so one key for all. */
const ALL_GATEWAYS = 'gw:';

const keyed = (family: string, hosts: readonly string[]) => hosts.map((h) => `${family}:${h}`);

/** `ns:<b>` for a two-label host `a.b` (lib/analysis isKubernetesHost asks whether namespace `b` exists). */
function namespaceKey(host: string): string[] {
  const dot = host.indexOf('.');
  return dot > 0 && host.indexOf('.', dot + 1) < 0 && !host.startsWith('*') ? [`ns:${host.slice(dot + 1)}`] : [];
}

/** Keys of one resource; `services` is needed for VirtualServices only. */
export function resourceKeys(r: IstioResource, services: GatewayServices): ResourceKeys {
  const keys: ResourceKeys = { provides: [], consumes: [], patterns: [] };
  const ns = r.effectiveNamespace;
  const spec = specOf(r);
  if (r.kind === 'ServiceEntry') {
    for (const { value } of strings(spec.hosts)) {
      const own = [`h:${canonicalHost(value, ns)}`, `w:${value}`];
      keys.provides.push(...own);
      keys.consumes.push(...own);
    }
  } else if (r.kind === 'DestinationRule') {
    const host = typeof spec.host === 'string' ? spec.host : undefined;
    if (host === undefined) return keys;
    const fqdn = canonicalHost(host, ns);
    keys.provides.push(`d:${fqdn}`);
    keys.consumes.push(...keyed('h', wildcardKeys(fqdn)), ...namespaceKey(host));
    if (fqdn.startsWith('*')) keys.patterns.push({ family: 'h', host: fqdn });
  } else if (r.kind === 'VirtualService') {
    virtualServiceKeys(r, services, keys);
  } else if (r.kind === 'Gateway') {
    keys.provides.push(`gn:${r.name}`, ALL_GATEWAYS);
    keys.consumes.push(ALL_GATEWAYS);
  }
  return keys;
}

function virtualServiceKeys(r: IstioResource, services: GatewayServices, keys: ResourceKeys): void {
  const ns = r.effectiveNamespace;
  const spec = specOf(r);
  const bound = vsGateways(r).keys;
  for (const d of routeDestinations(r, bound)) {
    const fqdn = canonicalHost(d.host, ns);
    const above = wildcardKeys(fqdn);
    keys.consumes.push(...keyed('h', above), ...keyed('d', above), ...namespaceKey(d.host));
    if (!d.mirror && d.gateways.includes(MESH)) for (const name of services.get(fqdn) ?? []) keys.consumes.push(`gb:${name}`, `gn:${name}`);
  }
  // gateways this VirtualService binds rules to (spec.gateways and match gateways): the egress hint reads them all
  const gateways = new Set(bound);
  for (const protocol of ['http', 'tls', 'tcp'] as const) {
    for (const rule of arr(spec[protocol])) {
      for (const m of arr(obj(rule)?.match)) for (const { value } of strings(obj(m)?.gateways)) gateways.add(resolveGatewayName(value, ns));
    }
  }
  for (const g of gateways) {
    if (g === MESH) continue;
    const name = g.slice(g.indexOf('/') + 1);
    keys.provides.push(`gb:${name}`);
    keys.consumes.push(`gn:${name}`);
  }
  for (const { value } of strings(spec.hosts)) {
    const scoped = value.startsWith('*') || value.includes('.') ? value : `${value}.${ns}.svc.cluster.local`;
    keys.provides.push(`m:${scoped}`, `v:${value}`);
    keys.consumes.push(...keyed('m', wildcardKeys(scoped)), ...keyed('v', wildcardKeys(value)));
    if (scoped.startsWith('*')) keys.patterns.push({ family: 'm', host: scoped });
    if (value.startsWith('*')) keys.patterns.push({ family: 'v', host: value });
  }
}

/** Whether a pattern (a wildcard scanned against its family) covers a provided key. */
export function patternMatches(p: KeyPattern, key: string): boolean {
  const colon = key.indexOf(':');
  return key.slice(0, colon) === p.family && hostsMatch(p.host, key.slice(colon + 1));
}
