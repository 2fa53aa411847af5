/** A DestinationRule host should name a service: a ServiceEntry host of the workspace or a Kubernetes service. */
import type { Emit } from '../core/finding';
import { finding } from './catalog';
import { isKubernetesHost } from './hosts';
import { anyServiceEntryMatches, type WorkspaceIndex } from './workspace-index';

/** istioctl IST0174 (UnknownDestinationRuleHost), limited to hosts that cannot be Kubernetes services. */
export function checkDestinationRuleHosts(ix: WorkspaceIndex, emit: Emit): void {
  for (const dr of ix.destinationRules) {
    if (anyServiceEntryMatches(ix, dr.fqdn) || isKubernetesHost(dr.host, ix.namespaces)) continue;
    emit(finding('XR009', dr.resource, ['spec', 'host'],
      `The host ${dr.host} defined in the DestinationRule does not match any services in the mesh: no ServiceEntry in the workspace provides it, and it is not a Kubernetes service name.`));
  }
}
