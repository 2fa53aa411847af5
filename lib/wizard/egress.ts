/**
 * The egress wizard: one external host → a consistent ServiceEntry, Gateway, DestinationRule(s) and VirtualService,
 * following Istio's egress tasks (istio.io/latest/docs/tasks/traffic-management/egress/: egress-gateway,
 * egress-tls-origination, egress-gateway-tls-origination; fixtures/realworld 004–019 show the shapes).
 */
import { Document } from 'yaml';
import { ISTIO_GROUP, type ApiVersion } from '../core/resource';
import { isIpAddress } from '../rules/common/ip';

export const EGRESS_PROTOCOLS = ['HTTP', 'HTTPS', 'TLS', 'TCP'] as const;
export type EgressProtocol = (typeof EGRESS_PROTOCOLS)[number];
export const EGRESS_TLS_MODES = ['none', 'passthrough', 'origination'] as const;
export type EgressTls = (typeof EGRESS_TLS_MODES)[number];
export type EgressRoute = 'gateway' | 'direct';

export interface EgressInput {
  /** The external host, e.g. `edition.cnn.com`. */
  host: string;
  /** The port of the external service (443 for HTTPS/TLS and TLS origination, 80 for HTTP…). */
  port: number;
  protocol: EgressProtocol;
  tls: EgressTls;
  route: EgressRoute;
  /** Namespace of the generated resources (the egress gateway itself lives in istio-system). */
  namespace: string;
  /**
   * IP addresses applications connect to. TCP carries no host name, so a sidecar can tell TCP traffic apart
   * only by address and port: Istio (and istioctl analyze, IST0134) want addresses for TCP ports.
   */
  addresses?: string[];
  apiVersion?: ApiVersion;
}

/** The CA bundle of Istio's proxy images: verifying the external server explicitly keeps istioctl's IST0128 quiet. */
export const SYSTEM_CA_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';

/** The in-cluster service of Istio's default egress gateway and the label that selects its pods. */
export const EGRESS_GATEWAY_SERVICE = 'istio-egressgateway.istio-system.svc.cluster.local';
export const EGRESS_GATEWAY_SELECTOR = { istio: 'egressgateway' } as const;
/** The plain-HTTP port applications use when the sidecar or gateway originates TLS. */
export const ORIGINATION_APP_PORT = 80;

/** TLS modes that make sense for what the application sends. */
export function tlsModesFor(protocol: EgressProtocol): EgressTls[] {
  if (protocol === 'HTTP') return ['none', 'origination'];
  if (protocol === 'HTTPS' || protocol === 'TLS') return ['passthrough'];
  return ['none'];
}

/** Bring an input to a consistent combination (e.g. TLS from the app is always passed through). */
export function normalizeEgress(input: EgressInput): EgressInput {
  const modes = tlsModesFor(input.protocol);
  const tls = modes.includes(input.tls) ? input.tls : modes[0]!;
  // Origination turns plain HTTP on port 80 into TLS on the external port, so that port cannot be 80 itself.
  const port = tls === 'origination' && input.port === ORIGINATION_APP_PORT ? 443 : input.port;
  return { ...input, host: input.host.trim().toLowerCase(), namespace: input.namespace.trim(), tls, port };
}

/** Problems with the input the user must fix before anything is generated. */
export function checkEgressInput(input: EgressInput): string[] {
  const out: string[] = [];
  if (!/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/i.test(input.host.trim())) {
    out.push('Host must be a fully qualified DNS name such as api.example.com (no wildcards: DNS resolves it).');
  }
  if (!Number.isInteger(input.port) || input.port < 1 || input.port > 65535) out.push('Port must be a number from 1 to 65535.');
  if (!/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(input.namespace.trim())) out.push('Namespace must be a DNS label such as default.');
  const addresses = (input.addresses ?? []).map((a) => a.trim()).filter(Boolean);
  if (input.protocol === 'TCP' && addresses.length === 0) out.push('TCP needs the IP address applications connect to (TCP has no host name to match on).');
  for (const a of addresses) if (!isIpAddress(a)) out.push(`${a} is not an IP address.`);
  return out;
}

/** `edition.cnn.com` → `edition-cnn-com` (a valid resource name). */
export function nameFor(host: string): string {
  return host.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 50) || 'external';
}

type Obj = Record<string, unknown>;

export interface EgressResult {
  resources: Obj[];
  /** The resources as one multi-document YAML text. */
  yaml: string;
  /** What the user still has to know (e.g. the egress gateway must expose the port). */
  notes: string[];
}

/** Generate the resource set for one external host. Pure; the input is normalized first. */
export function generateEgress(raw: EgressInput): EgressResult {
  const input = normalizeEgress(raw);
  const { host, port, protocol, tls, route, namespace } = input;
  const apiVersion = `${ISTIO_GROUP}/${input.apiVersion ?? 'v1'}`;
  const base = nameFor(host);
  const meta = (name: string) => ({ name, namespace });
  const res = (kind: string, name: string, spec: Obj): Obj => ({ apiVersion, kind, metadata: meta(name), spec });
  const viaGateway = route === 'gateway';
  const originate = tls === 'origination';
  const portName = { HTTP: 'http', HTTPS: 'https', TLS: 'tls', TCP: 'tcp' }[protocol];
  const notes: string[] = [];

  // What the application (and the mesh side of the route) speaks, and on which port.
  const appPort = originate ? ORIGINATION_APP_PORT : port;
  const sePorts: Obj[] = originate
    ? [
        { number: ORIGINATION_APP_PORT, name: 'http', protocol: 'HTTP', ...(viaGateway ? {} : { targetPort: port }) },
        { number: port, name: 'https', protocol: 'HTTPS' },
      ]
    : [{ number: port, name: portName, protocol }];
  const addresses = (input.addresses ?? []).map((a) => a.trim()).filter(Boolean);
  const out: Obj[] = [
    res('ServiceEntry', base, { hosts: [host], ...(addresses.length ? { addresses } : {}), ports: sePorts, location: 'MESH_EXTERNAL', resolution: 'DNS' }),
  ];
  const originateTls = (n: number) => ({ port: { number: n }, tls: { mode: 'SIMPLE', sni: host, caCertificates: SYSTEM_CA_BUNDLE } });

  if (!viaGateway) {
    if (originate) {
      out.push(res('DestinationRule', base, { host, trafficPolicy: { portLevelSettings: [originateTls(ORIGINATION_APP_PORT)] } }));
      notes.push(`Applications call http://${host} (port ${ORIGINATION_APP_PORT}); the sidecar originates TLS to port ${port}.`);
    }
    return finish(out, notes);
  }

  const gateway = `${base}-egressgateway`;
  const subset = base;
  const gwProtocol = protocol === 'HTTPS' ? 'TLS' : originate ? 'HTTP' : protocol;
  const server: Obj = { port: { number: appPort, name: `${gwProtocol.toLowerCase()}-${base}`.slice(0, 63), protocol: gwProtocol }, hosts: [host] };
  if (gwProtocol === 'TLS') server.tls = { mode: 'PASSTHROUGH' };
  out.push(res('Gateway', gateway, { selector: { ...EGRESS_GATEWAY_SELECTOR }, servers: [server] }));
  out.push(res('DestinationRule', `egressgateway-for-${base}`, { host: EGRESS_GATEWAY_SERVICE, subsets: [{ name: subset }] }));

  const toGateway = { destination: { host: EGRESS_GATEWAY_SERVICE, subset, port: { number: appPort } } };
  const toExternal = { destination: { host, port: { number: port } } };
  const vsSpec: Obj = { hosts: [host], gateways: [gateway, 'mesh'] };
  if (gwProtocol === 'TLS') {
    vsSpec.tls = [
      { match: [{ gateways: ['mesh'], port: appPort, sniHosts: [host] }], route: [toGateway] },
      { match: [{ gateways: [gateway], port: appPort, sniHosts: [host] }], route: [toExternal] },
    ];
  } else {
    const key = gwProtocol === 'HTTP' ? 'http' : 'tcp';
    vsSpec[key] = [
      { match: [{ gateways: ['mesh'], port: appPort }], route: [toGateway] },
      { match: [{ gateways: [gateway], port: appPort }], route: [toExternal] },
    ];
  }
  out.push(res('VirtualService', `${base}-through-egress-gateway`, vsSpec));
  if (originate) {
    out.push(res('DestinationRule', `originate-tls-for-${base}`, { host, trafficPolicy: { portLevelSettings: [originateTls(port)] } }));
    notes.push(`Applications call http://${host}; the egress gateway originates TLS to port ${port}.`);
  }
  if (![80, 443].includes(appPort)) notes.push(`The default egress gateway exposes ports 80 and 443 only: add port ${appPort} to its Service.`);
  notes.push('Requires the istio-egressgateway deployment in istio-system (istioctl install --set components.egressGateways[0].enabled=true …).');
  return finish(out, notes);
}

function finish(resources: Obj[], notes: string[]): EgressResult {
  const yaml = resources.map((r) => new Document(r).toString({ lineWidth: 0 })).join('---\n');
  return { resources, yaml, notes };
}
