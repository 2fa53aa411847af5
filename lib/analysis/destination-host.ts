/** VirtualService destinations (route, mirror; http/tls/tcp): host provided by a visible ServiceEntry, port declared. */
import type { Emit } from '../core/finding';
import { finding } from './catalog';
import { describeScope } from './export-scope';
import { canonicalHost, isKubernetesHost } from './hosts';
import { byVisibility, displayName, serviceEntryHosts, type IndexedVirtualService, type SeHost, type WorkspaceIndex } from './workspace-index';
import { destinationPath, type RouteDestination } from './vs-routes';

/** istioctl DestinationHostAnalyzer (IST0101 host / host:port, IST0112) plus exportTo visibility (XR015). */
export function checkDestinationHosts(ix: WorkspaceIndex, emit: Emit): void {
  for (const vs of ix.virtualServices) {
    for (const d of vs.destinations) checkDestination(ix, vs, d, emit);
  }
}

function checkDestination(ix: WorkspaceIndex, vs: IndexedVirtualService, d: RouteDestination, emit: Emit): void {
  const r = vs.resource;
  const ns = r.effectiveNamespace;
  const { visible, hidden } = byVisibility(serviceEntryHosts(ix, canonicalHost(d.host, ns)), ns);
  const reftype = d.mirror ? 'mirror host' : 'host';
  const hostPath = () => [...destinationPath(d), 'host'];
  if (visible.length === 0) {
    if (hidden.length > 0) {
      const se = hidden[0]!.se;
      emit(finding('XR015', r, hostPath(),
        `Referenced ${reftype} not found: "${d.host}": ServiceEntry ${displayName(se.resource)} provides it but exports it to ${describeScope(se.scope)}, ` +
        `not to namespace ${ns} of VirtualService ${displayName(r)}`));
    } else if (!isKubernetesHost(d.host, ix.namespaces)) {
      emit(finding('XR001', r, hostPath(),
        `Referenced ${reftype} not found: "${d.host}": no ServiceEntry in the workspace provides it to namespace ${ns}, and it is not a Kubernetes service name`));
    }
    return;
  }
  const ports = declaredPorts(visible);
  if (ports.length === 0) return;
  if (d.port === undefined) {
    // NOTE: istioctl asks for a port only when the ServiceEntry has several (destinationhosts.go checkServiceEntryPorts)
    if (ports.length > 1) {
      emit(finding('XR003', r, hostPath(),
        `This VirtualService routes to a service "${d.host}" that exposes multiple ports [${ports.join(' ')}]. ` +
        `Specifying a port in the destination is required to disambiguate (ServiceEntry ${names(visible)}).`));
    }
    return;
  }
  if (!ports.includes(d.port)) {
    emit(finding('XR002', r, [...destinationPath(d), 'port', 'number'],
      `Referenced host:port not found: "${d.host}:${d.port}": ServiceEntry ${names(visible)} declares ${ports.length === 1 ? 'port' : 'ports'} ${ports.join(', ')}`));
  }
}

function declaredPorts(hosts: SeHost[]): number[] {
  const set = new Set<number>();
  for (const h of hosts) for (const p of h.se.ports) set.add(p.number);
  return [...set].sort((a, b) => a - b);
}

function names(hosts: SeHost[]): string {
  return [...new Set(hosts.map((h) => displayName(h.se.resource)))].join(', ');
}
