/** What derivation looks things up in: ServiceEntry hosts, Gateways, DestinationRules and WorkloadEntries by key. */
import type { IstioResource } from '../core/resource';
import { indexHosts, resolveHost, type HostIndex } from './hosts';
import { arr, rec, str, strs, type Rec } from './read';

export interface SeHost {
  host: string;
  se: IstioResource;
  /** Index of the host in `spec.hosts`. */
  index: number;
  external: boolean;
}

export interface GatewayInfo {
  resource: IstioResource;
  id: string;
  /** Values of the Gateway's selector labels: `istio: egressgateway` → `egressgateway`. */
  selectorValues: string[];
}

export interface DrInfo {
  resource: IstioResource;
  host: string;
  spec: Rec;
}

export interface Context {
  seHosts: Map<string, SeHost[]>;
  /** ServiceEntry hosts for destination lookup. */
  seIndex: HostIndex<SeHost[]>;
  /** DestinationRules by host, in document order. */
  drIndex: HostIndex<DrInfo[]>;
  gateways: GatewayInfo[];
  drs: DrInfo[];
  workloads: IstioResource[];
  virtualServices: IstioResource[];
}

/** Node id of a Gateway resource. */
export function gatewayId(namespace: string, name: string): string {
  return `gateway:${namespace}/${name}`;
}

/** Node id of a host (ServiceEntry host or referenced service). */
export function hostId(host: string): string {
  return `host:${host}`;
}

/** Istio's default location is MESH_EXTERNAL. */
export function isExternal(se: IstioResource): boolean {
  return str(rec(se.spec)?.location) !== 'MESH_INTERNAL';
}

/** Index the workspace's resources for derivation (document order is kept everywhere). */
export function buildContext(resources: readonly IstioResource[]): Context {
  const ctx: Context = { seHosts: new Map(), seIndex: indexHosts([]), drIndex: indexHosts([]), gateways: [], drs: [], workloads: [], virtualServices: [] };
  for (const r of resources) {
    const spec = rec(r.spec);
    switch (r.kind) {
      case 'ServiceEntry':
        strs(spec?.hosts).forEach((h, index) => {
          const host = resolveHost(h, r.effectiveNamespace);
          if (host === '') return;
          const list = ctx.seHosts.get(host) ?? [];
          list.push({ host, se: r, index, external: isExternal(r) });
          ctx.seHosts.set(host, list);
        });
        break;
      case 'Gateway': {
        const selector = rec(spec?.selector) ?? {};
        const selectorValues = Object.keys(selector)
          .sort()
          .map((k) => selector[k])
          .filter((v): v is string => typeof v === 'string');
        ctx.gateways.push({ resource: r, id: gatewayId(r.effectiveNamespace, r.name), selectorValues });
        break;
      }
      case 'DestinationRule': {
        const host = str(spec?.host);
        if (spec && host) ctx.drs.push({ resource: r, host: resolveHost(host, r.effectiveNamespace), spec });
        break;
      }
      case 'WorkloadEntry':
        ctx.workloads.push(r);
        break;
      case 'VirtualService':
        ctx.virtualServices.push(r);
        break;
    }
  }
  ctx.seIndex = indexHosts(ctx.seHosts);
  const drsByHost = new Map<string, DrInfo[]>();
  for (const d of ctx.drs) drsByHost.set(d.host, [...(drsByHost.get(d.host) ?? []), d]);
  ctx.drIndex = indexHosts(drsByHost);
  return ctx;
}

/** Visibility of a resource from `exportTo`: 'all', or the namespaces that see it (empty for `~`). */
export function visibility(r: IstioResource): 'all' | string[] {
  const exportTo = strs(rec(r.spec)?.exportTo);
  if (arr(rec(r.spec)?.exportTo).length === 0 || exportTo.includes('*')) return 'all';
  const out = new Set<string>();
  for (const e of exportTo) {
    if (e === '.') out.add(r.effectiveNamespace);
    else if (e !== '~') out.add(e);
  }
  return [...out].sort();
}
