/** ServiceEntry rules (rules doc §2, Istio `ValidateServiceEntry`), endpoints included (§3.2, §3.3). */
import type { PathSegment } from '../core/diagnostic';
import {
  dict,
  goQuote,
  isDict,
  isHttpProtocol,
  isTcpProtocol,
  isTlsProtocol,
  list,
  num,
  parseProtocol,
  reporter,
  str,
  validateExportTo,
  validateFqdn,
  validateIpSubnet,
  validatePartialWildcard,
  validatePort,
  validatePortName,
  validateProtocol,
  validateWildcardDomain,
  type Report,
  type RuleModule,
} from './common';
import { checkServiceEntryEndpoints } from './service-entry-endpoints';

const RESOLUTIONS = ['NONE', 'STATIC', 'DNS', 'DNS_ROUND_ROBIN', 'DYNAMIC_DNS'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

/** Label that opts a ServiceEntry out of istiod's IP auto-allocation. */
const AUTOALLOCATE_LABEL = 'networking.istio.io/enable-autoallocate-ip';
const WAYPOINT_LABEL = 'istio.io/use-waypoint';

interface Port {
  index: number;
  name: string;
  number: number | undefined;
  protocol: string;
  path: PathSegment[];
}

/** The port's protocol node when present, else the port itself: where protocol-driven findings point. */
function protocolPath(p: Port, raw: Record<string, unknown>): PathSegment[] {
  return 'protocol' in raw ? [...p.path, 'protocol'] : p.path;
}

/** ServiceEntry: every webhook rule, plus the CRD rules the webhook does not share. */
export const checkServiceEntry: RuleModule = (resource, emit) => {
  const spec = dict(resource.spec);
  if (!spec) return;
  const report = reporter(resource, emit);
  const selector = spec.workloadSelector;
  if (isDict(selector) && !checkSelector(selector, report)) return;

  const rawResolution = spec.resolution ?? 'NONE';
  // an unknown value is a decode error the structure pass reports; resolution-specific rules then stay silent
  const resolution = (RESOLUTIONS as readonly unknown[]).includes(rawResolution) ? (rawResolution as Resolution) : undefined;
  const hosts = list(spec.hosts);
  const addresses = list(spec.addresses);
  const endpoints = list(spec.endpoints);
  const rawPorts = list(spec.ports);
  const ports: Port[] = [];
  rawPorts.forEach((p, index) => {
    // a name or protocol of the wrong type fails decoding (the structure pass reports it): skip that port
    if (!isDict(p) || ('name' in p && typeof p.name !== 'string') || ('protocol' in p && typeof p.protocol !== 'string')) return;
    ports.push({ index, name: str(p.name) ?? '', number: num(p.number), protocol: str(p.protocol) ?? '', path: ['spec', 'ports', index] });
  });

  if (isDict(selector) && endpoints.length > 0) {
    report('SE004', ['spec', 'workloadSelector'], 'only one of WorkloadSelector or Endpoints is allowed in Service Entry', 'key');
  }
  checkHosts(hosts, resolution, report);
  checkAddresses(addresses, resolution, report);

  const labels = dict(resource.metadata.labels) ?? {};
  const optOut = str(labels[AUTOALLOCATE_LABEL])?.toLowerCase() === 'false';
  // istiod's default PILOT_ENABLE_IP_AUTOALLOCATE=true (ShouldV2AutoAllocateIPFromConfig)
  const autoAllocation = resolution !== 'NONE' && !optOut && addresses.length === 0;
  checkPorts(ports, rawPorts, resolution, addresses.length === 0 && !autoAllocation, report);

  const servicePorts = new Set(ports.map((p) => p.name));
  if (resolution === 'NONE') {
    if (endpoints.length > 0) report('SE040', ['spec', 'endpoints'], 'no endpoints should be provided for resolution type none', 'key');
    if (isDict(selector)) report('SE005', ['spec', 'workloadSelector'], 'workloadSelector should not be set when resolution mode is NONE', 'key');
  } else if (resolution === 'STATIC' || resolution === 'DNS' || resolution === 'DNS_ROUND_ROBIN') {
    checkServiceEntryEndpoints(endpoints, resolution, servicePorts, report);
  }
  if (resolution === 'DNS' || resolution === 'DNS_ROUND_ROBIN') checkDnsResolution(hosts, addresses, endpoints, ports, rawPorts, resolution, report);
  if (resolution === 'DYNAMIC_DNS') checkDynamicDns(spec, hosts, addresses, endpoints, labels, report);

  if (resolution !== 'NONE' && resolution !== undefined && hosts.length > 1) {
    const p = ports.find((x) => {
      const proto = parseProtocol(x.protocol);
      return !isHttpProtocol(proto) && !isTlsProtocol(proto);
    });
    if (p) report('SE017', protocolPath(p, rawPorts[p.index] as Record<string, unknown>), 'multiple hosts provided with non-HTTP, non-TLS ports');
  }

  const exportTo = list(spec.exportTo);
  if (exportTo.every((x) => typeof x === 'string')) {
    for (const issue of validateExportTo(exportTo as string[], { namespace: resource.effectiveNamespace, isServiceEntry: true })) {
      report('SE070', issue.index === undefined ? ['spec', 'exportTo'] : ['spec', 'exportTo', issue.index], issue.message, issue.index === undefined ? 'key' : undefined);
    }
  }
};

/** Istio's `validateWorkloadSelector`; false when it found errors (Istio then returns only those). */
function checkSelector(selector: Record<string, unknown>, report: Report): boolean {
  const labels = dict(selector.labels) ?? {};
  let ok = true;
  for (const [k, value] of Object.entries(labels)) {
    const v = typeof value === 'string' ? value : '';
    const path: PathSegment[] = ['spec', 'workloadSelector', 'labels', k];
    if (k === '') {
      ok = false;
      report('SE001', path, `empty key is not supported in selector: ${goQuote(`${k}=${v}`)}`, 'key');
    }
    if (k.includes('*') || v.includes('*')) {
      ok = false;
      report('SE002', path, `wildcard is not supported in selector: ${goQuote(`${k}=${v}`)}`, k.includes('*') ? 'key' : 'value');
    }
  }
  if (ok && Object.keys(labels).length === 0) {
    report('SE003', ['spec', 'workloadSelector'], 'service entry: workload selector specified without labels, will be applied to all services in namespace', 'key');
  }
  return ok;
}

function checkHosts(hosts: readonly unknown[], resolution: Resolution | undefined, report: Report): void {
  if (hosts.length === 0) report('SE010', ['spec', 'hosts'], 'service entry must have at least one host', 'key');
  hosts.forEach((h, i) => {
    if (typeof h !== 'string') return;
    const path = ['spec', 'hosts', i];
    if (h === '*') return report('SE011', path, `invalid host ${h}`);
    const err = validateWildcardDomain(h);
    if (err) report('SE012', path, err);
    const partial = resolution === 'DYNAMIC_DNS' ? null : validatePartialWildcard(h);
    if (partial) report('SE013', path, partial);
  });
}

function checkAddresses(addresses: readonly unknown[], resolution: Resolution | undefined, report: Report): void {
  let firstCidr = -1;
  addresses.forEach((a, i) => {
    if (typeof a !== 'string') return;
    if (a.includes('/') && firstCidr < 0) firstCidr = i;
    const err = validateIpSubnet(a);
    if (err) report('SE020', ['spec', 'addresses', i], err);
  });
  if (firstCidr >= 0 && resolution !== undefined && resolution !== 'NONE' && resolution !== 'STATIC') {
    report('SE021', ['spec', 'addresses', firstCidr], 'CIDR addresses are allowed only for NONE/STATIC resolution types');
  }
}

function checkPorts(ports: readonly Port[], rawPorts: readonly unknown[], resolution: Resolution | undefined, needAddresses: boolean, report: Report): void {
  const names = new Set<string>();
  const numbers = new Set<number>();
  for (const p of ports) {
    const raw = rawPorts[p.index] as Record<string, unknown>;
    if (names.has(p.name)) report('SE030', 'name' in raw ? [...p.path, 'name'] : p.path, `service entry port name ${goQuote(p.name)} already defined`);
    names.add(p.name);
    const number = p.number ?? (raw.number === undefined ? 0 : undefined);
    if (number !== undefined) {
      if (numbers.has(number)) report('SE031', [...p.path, 'number'], `service entry port ${number} already defined`);
      numbers.add(number);
      const err = validatePort(number);
      if (err) report('SE032', 'number' in raw ? [...p.path, 'number'] : p.path, err);
    }
    const target = num(raw.targetPort);
    if (target !== undefined && target !== 0) {
      const err = validatePort(target);
      if (err) report('SE033', [...p.path, 'targetPort'], err);
    }
    // NOTE: the CRD's CEL rule `0 < self` rejects an explicit `targetPort: 0`, which the webhook reads as unset
    if (target === 0) report('SE062', [...p.path, 'targetPort'], 'port must be between 1-65535');
    if (needAddresses && (p.protocol === '' || p.protocol === 'TCP')) {
      report('SE024', protocolPath(p, raw), 'addresses are required for ports serving TCP (or unset) protocol when IP Autoallocation is not enabled');
    }
    const nameErr = validatePortName(p.name);
    if (nameErr) report('SE034', 'name' in raw ? [...p.path, 'name'] : p.path, nameErr);
    const protoErr = validateProtocol(p.protocol);
    if (protoErr) report('SE035', [...p.path, 'protocol'], protoErr);
    if (resolution === 'DYNAMIC_DNS') {
      const proto = parseProtocol(p.protocol);
      if (proto !== 'HTTP' && proto !== 'TLS' && proto !== 'GRPC' && proto !== 'HTTP2') {
        report('SE036', protocolPath(p, raw), 'only HTTP, TLS, GRPC, and HTTP2 protocols are supported for resolution type DYNAMIC_DNS');
      }
    }
  }
}

function checkDnsResolution(
  hosts: readonly unknown[],
  addresses: readonly unknown[],
  endpoints: readonly unknown[],
  ports: readonly Port[],
  rawPorts: readonly unknown[],
  resolution: 'DNS' | 'DNS_ROUND_ROBIN',
  report: Report,
): void {
  if (endpoints.length === 0) {
    const i = hosts.findIndex((h) => typeof h === 'string' && validateFqdn(h) !== null);
    if (i >= 0) {
      const err = validateFqdn(hosts[i] as string)!;
      report('SE014', ['spec', 'hosts', i], `hosts must be FQDN or contain only prefix wildcards if no endpoints are provided for resolution mode ${resolution}, ${err}`);
    }
  }
  if (resolution === 'DNS_ROUND_ROBIN' && endpoints.length > 1) {
    report('SE041', ['spec', 'endpoints'], `there must only be 0 or 1 endpoint for resolution mode ${resolution}`, 'key');
  }
  if (addresses.length > 0 && hosts.length > 1) {
    const p = ports.find((x) => isTcpProtocol(parseProtocol(x.protocol)));
    if (p) report('SE023', protocolPath(p, rawPorts[p.index] as Record<string, unknown>), 'service entry can not have more than one host specified simultaneously with address and tcp port');
  }
}

function checkDynamicDns(
  spec: Record<string, unknown>,
  hosts: readonly unknown[],
  addresses: readonly unknown[],
  endpoints: readonly unknown[],
  labels: Record<string, unknown>,
  report: Report,
): void {
  const r = 'DYNAMIC_DNS';
  if (hosts.length === 0) report('SE015', ['spec', 'hosts'], `at least one wildcard host must be provided for resolution type ${r}`, 'key');
  hosts.forEach((h, i) => {
    if (typeof h === 'string' && !h.startsWith('*')) report('SE016', ['spec', 'hosts', i], `host must be wildcarded for resolution mode ${r}`);
  });
  if (addresses.length > 0) {
    report('SE022', ['spec', 'addresses'], `addresses cannot be set for resolution type ${r}. HTTP route domains will only be generatedfrom the hosts field values`, 'key');
  }
  if (endpoints.length > 0) {
    report('SE042', ['spec', 'endpoints'], `endpoints cannot be set for resolution type ${r}. Destination IP address determined from hostsfield values`, 'key');
  }
  const waypoint = str(labels[WAYPOINT_LABEL])?.toLowerCase() ?? '';
  if (spec.location === 'MESH_INTERNAL' && waypoint !== '' && waypoint !== 'none') {
    report('SE043', ['spec', 'location'], `location MESH_INTERNAL with resolution type ${r} is not supported when using waypoints`);
  }
}
