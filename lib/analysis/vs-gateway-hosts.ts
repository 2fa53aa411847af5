/** The hosts of a gateway-bound VirtualService must be served by at least one server of each bound Gateway. */
import type { Emit } from '../core/finding';
import { arr, obj, strings } from './data';
import { finding } from './catalog';
import { hostsMatch } from './hosts';
import { displayName, type IndexedGateway, type WorkspaceIndex } from './workspace-index';
import { MESH } from './vs-routes';

/** istioctl GatewayAnalyzer's IST0132: no VirtualService host matches any host the Gateway exposes to its namespace. */
export function checkVsGatewayHosts(ix: WorkspaceIndex, emit: Emit): void {
  for (const vs of ix.virtualServices) {
    const r = vs.resource;
    const hosts = vs.hosts;
    if (hosts.length === 0) continue;
    for (const ref of vs.gatewayRefs) {
      if (ref.key === MESH) continue;
      const gws = ix.gatewayByKey.get(ref.key);
      if (!gws) continue; // reported as a missing gateway
      const served = gws.flatMap((g) => serverHostsFor(g, r.effectiveNamespace));
      const unserved = hosts.filter((h) => !served.some((s) => hostsMatch(s, h)));
      if (unserved.length < hosts.length) {
        // NOTE: a VirtualService also bound to the mesh may list hosts only sidecars use, so only gateway-only ones say more
        if (unserved.length > 0 && !vs.gateways.includes(MESH)) {
          emit(finding('XR025', r, ref.path,
            `Host${unserved.length > 1 ? 's' : ''} ${unserved.join(', ')} of VirtualService ${displayName(r)} ${unserved.length > 1 ? 'are' : 'is'} not served by Gateway ${displayName(gws[0]!.resource)}: ` +
            `requests for ${unserved.length > 1 ? 'them' : 'it'} through that Gateway never reach these routes.`));
        }
        continue;
      }
      emit(finding('XR007', r, ref.path,
        `one or more host [${hosts.join(' ')}] defined in VirtualService ${displayName(r)} not found in Gateway ${displayName(gws[0]!.resource)}.` +
        (served.length ? ` It serves ${[...new Set(served)].join(', ')} to namespace ${r.effectiveNamespace}.` : ' It serves no host to this namespace.')));
    }
  }
}

/**
 * Server hosts a Gateway offers to VirtualServices of `namespace`: `h` and `*\/h` for all, `./h` for the Gateway's own
 * namespace, `ns/h` for `ns` (istio host.NamesForNamespace after sanitizeServerHostNamespace).
 */
export function serverHostsFor(gw: IndexedGateway, namespace: string): string[] {
  const out: string[] = [];
  for (const server of arr(gw.spec.servers)) {
    for (const { value } of strings(obj(server)?.hosts)) {
      const slash = value.indexOf('/');
      if (slash < 0) {
        out.push(value);
        continue;
      }
      const ns = value.slice(0, slash);
      const host = value.slice(slash + 1);
      if (ns === '*' || ns === namespace || (ns === '.' && gw.resource.effectiveNamespace === namespace)) out.push(host);
    }
  }
  return out;
}
