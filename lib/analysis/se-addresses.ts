/** ServiceEntries without addresses whose ports are TCP (or unset) need addresses, unless Istio allocates them. */
import type { Emit } from '../core/finding';
import { arr, obj } from './data';
import { finding } from './catalog';
import type { WorkspaceIndex } from './workspace-index';

/**
 * istioctl ProtocolAddressesAnalyzer (IST0134) with the default mesh config (no DNS capture/auto-allocation):
 * one finding per TCP or protocol-less port, unless `status.addresses` shows addresses allocated by istiod.
 */
export function checkServiceEntryAddresses(ix: WorkspaceIndex, emit: Emit): void {
  for (const se of ix.serviceEntries) {
    if (arr(se.spec.addresses).length > 0) continue;
    if (arr(obj(se.resource.status)?.addresses).length > 0) continue;
    arr(se.spec.ports).forEach((p, i) => {
      const port = obj(p);
      if (!port) return;
      const protocol = typeof port.protocol === 'string' ? port.protocol.toUpperCase() : '';
      if (protocol !== '' && protocol !== 'TCP') return;
      emit(finding('XR018', se.resource, ['spec', 'ports', i, protocol ? 'protocol' : 'number'],
        `ServiceEntry addresses are required for this protocol: port ${String(port.number ?? i)} of ServiceEntry ${se.resource.name} is ${protocol || 'TCP (no protocol)'} and the ServiceEntry has no addresses; ` +
        'a sidecar can then tell its traffic apart only by port, unless DNS capture with address auto-allocation is on.'));
    });
  }
}
