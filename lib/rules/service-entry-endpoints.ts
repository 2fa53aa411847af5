/** Endpoints of a STATIC or DNS ServiceEntry (rules doc §3.2, §3.3). */
import { dict, goQuote, isDict, isIpAddress, str, validateFqdn, validateLabels, type Report } from './common';
import { checkWorkload, checkWorkloadPorts, type WorkloadCodes } from './workload-entry';

const endpointCodes: WorkloadCodes = {
  addressRequired: 'SE057',
  addressUnset: 'SE058',
  unixPath: 'SE059',
  unixPorts: 'SE060',
  address: 'SE050',
  portName: 'SE054',
  portNumber: 'SE055',
  labels: 'SE056',
  celPortName: 'SE061',
  undefinedPort: 'SE052',
  unixServicePorts: 'SE053',
};

/** Each endpoint: a workload with IP-only addresses (STATIC), or Istio's inline DNS checks (DNS, DNS_ROUND_ROBIN). */
export function checkServiceEntryEndpoints(
  endpoints: readonly unknown[],
  resolution: 'STATIC' | 'DNS' | 'DNS_ROUND_ROBIN',
  servicePorts: ReadonlySet<string>,
  report: Report,
): void {
  endpoints.forEach((ep, i) => {
    if (!isDict(ep)) return;
    const path = ['spec', 'endpoints', i];
    if (resolution === 'STATIC') return checkWorkload(ep, path, { servicePorts, allowFqdn: false }, endpointCodes, report);
    const address = str(ep.address) ?? '';
    if (!isIpAddress(address) && validateFqdn(address)) {
      report('SE051', [...path, 'address'], `endpoint address ${goQuote(address)} is not a valid FQDN or an IP address`);
    }
    const labels = dict(ep.labels);
    if (labels) for (const issue of validateLabels(labels)) report('SE056', [...path, 'labels', issue.key], issue.message, issue.target);
    checkWorkloadPorts(dict(ep.ports), [...path, 'ports'], servicePorts, endpointCodes, report);
  });
}
