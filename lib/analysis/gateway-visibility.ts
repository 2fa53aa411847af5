/** A gateway-bound route's destination must be visible to the gateway's namespace, where its proxies run. */
import type { Emit } from '../core/finding';
import { finding } from './catalog';
import { describeScope, visibleFrom } from './export-scope';
import { canonicalHost } from './hosts';
import { byVisibility, displayName, serviceEntryHosts, type WorkspaceIndex } from './workspace-index';
import { destinationPath, MESH } from './vs-routes';

/** XR023: e.g. a ServiceEntry with `exportTo: ["."]` in `egress`, routed to from a Gateway in istio-system. */
export function checkGatewayVisibility(ix: WorkspaceIndex, emit: Emit): void {
  for (const vs of ix.virtualServices) {
    const ns = vs.resource.effectiveNamespace;
    for (const d of vs.destinations) {
      const gateways = d.gateways.filter((g) => g !== MESH).flatMap((g) => ix.gatewayByKey.get(g)?.[0] ?? []);
      if (gateways.length === 0) continue;
      const { visible } = byVisibility(serviceEntryHosts(ix, canonicalHost(d.host, ns)), ns);
      if (visible.length === 0) continue; // reported by the destination-host check
      for (const gw of gateways) {
        const gwNs = gw.resource.effectiveNamespace;
        if (visible.some((h) => visibleFrom(h.se.scope, gwNs))) continue;
        const se = visible[0]!.se;
        emit(finding('XR023', vs.resource, [...destinationPath(d), 'host'],
          `Host ${d.host} is routed from Gateway ${displayName(gw.resource)}, but ServiceEntry ${displayName(se.resource)} exports it to ${describeScope(se.scope)}, ` +
          `not to namespace ${gwNs} where the gateway runs: the gateway has no cluster for it. Add "${gwNs}" to its exportTo.`));
      }
    }
  }
}
