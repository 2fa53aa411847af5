/** WorkloadEntry rules (rules doc §3.1), and the workload checks ServiceEntry endpoints share (§3.2). */
import type { PathSegment } from '../core/diagnostic';
import type { RuleCode } from './catalog';
import {
  byteLength,
  dict,
  goQuote,
  isDns1123Label,
  isIpAddress,
  num,
  reporter,
  str,
  UNIX_PREFIX,
  validateFqdn,
  validateLabels,
  validatePort,
  validatePortName,
  validateUnixAddress,
  type Report,
  type RuleModule,
} from './common';

/** Which codes a workload check reports under: standalone WorkloadEntry (WE0xx) or ServiceEntry endpoint (SE0xx). */
export interface WorkloadCodes {
  addressRequired: RuleCode;
  addressUnset: RuleCode;
  unixPath: RuleCode;
  unixPorts: RuleCode;
  address: RuleCode;
  portName: RuleCode;
  portNumber: RuleCode;
  labels: RuleCode;
  celPortName: RuleCode;
  /** Endpoint ports that name no service port; only for endpoints. */
  undefinedPort?: RuleCode;
  /** A unix endpoint with other than one service port; only for endpoints. */
  unixServicePorts?: RuleCode;
}

export interface WorkloadOptions {
  /** Names of the ServiceEntry's ports, for an endpoint; undefined for a standalone WorkloadEntry. */
  servicePorts?: ReadonlySet<string>;
  /** Standalone WorkloadEntries may use DNS names; STATIC endpoints only IPs. */
  allowFqdn: boolean;
}

/** Istio's `validateWorkloadEntry` over plain data at `path` (`spec`, or `spec.endpoints[i]`). */
export function checkWorkload(w: Record<string, unknown>, path: PathSegment[], opts: WorkloadOptions, codes: WorkloadCodes, report: Report): void {
  const address = str(w.address) ?? '';
  const network = str(w.network) ?? '';
  if (address === '') {
    // NOTE: Istio returns early here: no other check runs (validation.go validateWorkloadEntry)
    if (network === '') return report(codes.addressRequired, [...path, 'address'], 'address is required');
    report(codes.addressUnset, [...path, 'network'], `address is unset with network ${goQuote(network)}`);
  }
  const ports = dict(w.ports);
  const hasPorts = ports !== undefined && Object.keys(ports).length > 0;
  const unix = address.startsWith(UNIX_PREFIX);
  if (unix) {
    const err = validateUnixAddress(address.slice(UNIX_PREFIX.length));
    if (err) report(codes.unixPath, [...path, 'address'], err);
    if (hasPorts) report(codes.unixPorts, [...path, 'ports'], `unix endpoint ${address} must not include ports`, 'key');
  } else if (address !== '' && !isIpAddress(address)) {
    if (!opts.allowFqdn) report(codes.address, [...path, 'address'], `endpoint address ${goQuote(address)} is not a valid IP address`);
    else if (validateFqdn(address)) report(codes.address, [...path, 'address'], `endpoint address ${goQuote(address)} is not a valid FQDN or an IP address`);
  }
  checkWorkloadPorts(ports, [...path, 'ports'], opts.servicePorts, codes, report);
  const labels = dict(w.labels);
  if (labels) for (const issue of validateLabels(labels)) report(codes.labels, [...path, 'labels', issue.key], issue.message, issue.target);
  if (unix && opts.servicePorts && opts.servicePorts.size !== 1 && codes.unixServicePorts) {
    report(codes.unixServicePorts, [...path, 'address'], 'exactly 1 service port required for unix endpoints');
  }
}

/** The `ports` map (name → number) of a workload: Go's name and range checks, plus the CRD's stricter name length. */
export function checkWorkloadPorts(
  ports: Record<string, unknown> | undefined,
  path: PathSegment[],
  servicePorts: ReadonlySet<string> | undefined,
  codes: WorkloadCodes,
  report: Report,
): void {
  if (!ports) return;
  for (const [name, value] of Object.entries(ports)) {
    const number = num(value);
    if (servicePorts && !servicePorts.has(name) && codes.undefinedPort) {
      report(codes.undefinedPort, [...path, name], `endpoint port ${number ?? String(value)} is not defined by the service entry`, 'key');
    }
    const nameError = validatePortName(name);
    if (nameError) report(codes.portName, [...path, name], nameError, 'key');
    // NOTE: the CRD's CEL rule caps port names at 62 characters, Go at 63: only the CRD rejects exactly 63
    else if (byteLength(name) >= 63 && isDns1123Label(name)) report(codes.celPortName, [...path, name], 'port name must be valid', 'key');
    if (number !== undefined) {
      const portError = validatePort(number);
      if (portError) report(codes.portNumber, [...path, name], portError);
    }
  }
}

const standaloneCodes: WorkloadCodes = {
  addressRequired: 'WE001',
  addressUnset: 'WE002',
  unixPath: 'WE003',
  unixPorts: 'WE004',
  address: 'WE005',
  portName: 'WE006',
  portNumber: 'WE007',
  labels: 'WE008',
  celPortName: 'WE009',
};

/** WorkloadEntry: Istio's `ValidateWorkloadEntry` (FQDN addresses allowed). */
export const checkWorkloadEntry: RuleModule = (resource, emit) => {
  const spec = dict(resource.spec);
  if (!spec) return;
  checkWorkload(spec, ['spec'], { allowFqdn: true }, standaloneCodes, reporter(resource, emit));
};
