/**
 * The rule code registry: every code the Istio-rules pass emits, with its severity, a one-line title and the
 * Istio reference page it links to. Messages are built by the rule modules (Istio's wording needs the values).
 * Kind tables live beside each other here so codes stay unique; add a kind's table to `CATALOG` below.
 */
import type { Severity } from '../core/diagnostic';
import { trafficCatalog } from './traffic/catalog';

export interface RuleSpec {
  severity: Severity;
  /** What the rule checks, one line (docs/diagnostics.md). */
  title: string;
  docsUrl: string;
  /** `go` = Istio's validating webhook; `cel` = a CRD `x-kubernetes-validations` rule the webhook does not share. */
  origin: 'go' | 'cel';
  /** istioctl analyze's code; defaults to IST0106 (errors) / IST0133 (warnings), its wrappers of webhook validation. */
  istioCode?: string;
}

export type RuleTable = Record<string, RuleSpec>;

const REF = 'https://istio.io/latest/docs/reference/config/networking';
const SE = `${REF}/service-entry/`;
const WE = `${REF}/workload-entry/`;
const GW = `${REF}/gateway/`;

const e = (title: string, docsUrl: string, origin: 'go' | 'cel' = 'go'): RuleSpec => ({ severity: 'error', title, docsUrl, origin });
const w = (title: string, docsUrl: string): RuleSpec => ({ severity: 'warning', title, docsUrl, origin: 'go' });

export const commonRules = {
  COMMON001: e('annotation istio.io/dry-run is only supported on AuthorizationPolicy', `${REF}/`),
  COMMON002: e('annotation internal.istio.io/webhook-always-reject rejects the object', `${REF}/`),
  COMMON003: e('internal.istio.io parent annotations may not be set by users', `${REF}/`),
} satisfies RuleTable;

export const serviceEntryRules = {
  SE001: e('workloadSelector label keys must not be empty', `${SE}#ServiceEntry-workload_selector`),
  SE002: e('workloadSelector labels must not contain wildcards', `${SE}#ServiceEntry-workload_selector`),
  SE003: w('workloadSelector without labels selects every workload of the namespace', `${SE}#ServiceEntry-workload_selector`),
  SE004: e('workloadSelector and endpoints are mutually exclusive', `${SE}#ServiceEntry-workload_selector`),
  SE005: w('workloadSelector has no effect with resolution NONE', `${SE}#ServiceEntry-Resolution`),
  SE010: e('a service entry needs at least one host', `${SE}#ServiceEntry-hosts`),
  SE011: e('host `*` is not allowed', `${SE}#ServiceEntry-hosts`),
  SE012: e('hosts must be valid (wildcard) domain names', `${SE}#ServiceEntry-hosts`),
  SE013: w('partial wildcard hosts are not supported', `${SE}#ServiceEntry-hosts`),
  SE014: e('DNS resolution without endpoints needs FQDN hosts', `${SE}#ServiceEntry-Resolution`),
  SE015: e('DYNAMIC_DNS resolution needs wildcard hosts', `${SE}#ServiceEntry-Resolution`),
  SE016: e('every host must be wildcarded for DYNAMIC_DNS resolution', `${SE}#ServiceEntry-Resolution`),
  SE017: e('several hosts cannot share non-HTTP, non-TLS ports unless resolution is NONE', `${SE}#ServiceEntry-hosts`),
  SE020: e('addresses must be IPs or CIDR blocks', `${SE}#ServiceEntry-addresses`),
  SE021: e('CIDR addresses need resolution NONE or STATIC', `${SE}#ServiceEntry-addresses`),
  SE022: e('DYNAMIC_DNS resolution does not take addresses', `${SE}#ServiceEntry-addresses`),
  SE023: w('several hosts with an address and a TCP port', `${SE}#ServiceEntry-addresses`),
  SE024: w('TCP ports need addresses when IP auto-allocation is off', `${SE}#ServiceEntry-addresses`),
  SE030: e('port names must be unique', `${SE}#ServicePort-name`),
  SE031: e('port numbers must be unique', `${SE}#ServicePort-number`),
  SE032: e('port numbers must be in 1..65535', `${SE}#ServicePort-number`),
  SE033: e('target ports must be in 1..65535', `${SE}#ServicePort-target_port`),
  SE034: e('port names must be DNS-1123 labels', `${SE}#ServicePort-name`),
  SE035: e('port protocols must be supported', `${SE}#ServicePort-protocol`),
  SE036: e('DYNAMIC_DNS supports only HTTP, TLS, GRPC and HTTP2 ports', `${SE}#ServicePort-protocol`),
  SE040: e('resolution NONE does not take endpoints', `${SE}#ServiceEntry-endpoints`),
  SE041: e('DNS_ROUND_ROBIN takes at most one endpoint', `${SE}#ServiceEntry-endpoints`),
  SE042: e('DYNAMIC_DNS resolution does not take endpoints', `${SE}#ServiceEntry-endpoints`),
  SE043: e('DYNAMIC_DNS with MESH_INTERNAL is not supported with waypoints', `${SE}#ServiceEntry-location`),
  SE050: e('STATIC endpoint addresses must be IPs or unix sockets', `${SE}#ServiceEntry-endpoints`),
  SE051: e('DNS endpoint addresses must be FQDNs or IPs', `${SE}#ServiceEntry-endpoints`),
  SE052: e('endpoint ports must name a port of the service entry', `${SE}#ServiceEntry-endpoints`),
  SE053: e('unix socket endpoints need exactly one service port', `${SE}#ServiceEntry-endpoints`),
  SE054: e('endpoint port names must be DNS-1123 labels', `${WE}#WorkloadEntry-ports`),
  SE055: e('endpoint port numbers must be in 1..65535', `${WE}#WorkloadEntry-ports`),
  SE056: e('endpoint labels must be valid label keys and values', `${WE}#WorkloadEntry-labels`),
  SE057: e('an endpoint needs an address or a network', `${WE}#WorkloadEntry-address`),
  SE058: w('endpoint without address, reached through its network gateway', `${WE}#WorkloadEntry-address`),
  SE059: e('unix socket endpoint paths must be absolute file paths', `${WE}#WorkloadEntry-address`),
  SE060: e('unix socket endpoints must not list ports', `${WE}#WorkloadEntry-ports`),
  SE061: e('endpoint port names must be shorter than 63 characters (CRD)', `${WE}#WorkloadEntry-ports`, 'cel'),
  SE062: e('targetPort 0 is rejected by the CRD (the webhook reads it as unset)', `${SE}#ServicePort-target_port`, 'cel'),
  SE070: e('exportTo must be `.`, `*`, `~` or namespaces, without duplicates or conflicts', `${SE}#ServiceEntry-export_to`),
} satisfies RuleTable;

export const workloadEntryRules = {
  WE001: e('a workload entry needs an address or a network', `${WE}#WorkloadEntry-address`),
  WE002: w('workload entry without address, reached through its network gateway', `${WE}#WorkloadEntry-address`),
  WE003: e('unix socket paths must be absolute file paths', `${WE}#WorkloadEntry-address`),
  WE004: e('unix socket workloads must not list ports', `${WE}#WorkloadEntry-ports`),
  WE005: e('address must be an FQDN, an IP or a unix socket', `${WE}#WorkloadEntry-address`),
  WE006: e('port names must be DNS-1123 labels', `${WE}#WorkloadEntry-ports`),
  WE007: e('port numbers must be in 1..65535', `${WE}#WorkloadEntry-ports`),
  WE008: e('labels must be valid label keys and values', `${WE}#WorkloadEntry-labels`),
  WE009: e('port names must be shorter than 63 characters (CRD)', `${WE}#WorkloadEntry-ports`, 'cel'),
} satisfies RuleTable;

export const gatewayRules = {
  GW001: e('gateway names must be DNS-1123 labels', `${GW}#Gateway`),
  GW002: e('a gateway needs at least one server', `${GW}#Gateway-servers`),
  GW003: e('server port names must be unique', `${GW}#Port-name`),
  GW004: w('httpsRedirect only applies to HTTP servers', `${GW}#ServerTLSSettings-https_redirect`),
  GW010: e('a server needs at least one host', `${GW}#Server-hosts`),
  GW011: e('namespace/dnsName hosts need both parts', `${GW}#Server-hosts`),
  GW012: e('host namespaces must be `*`, `.` or a namespace name', `${GW}#Server-hosts`),
  GW013: e('server hosts must be FQDNs or `*`', `${GW}#Server-hosts`),
  GW014: e('server hosts must be valid (wildcard) domain names or IPs', `${GW}#Server-hosts`),
  GW015: e('partial wildcard server hosts are not allowed', `${GW}#Server-hosts`),
  GW020: e('a server needs a port', `${GW}#Server-port`),
  GW021: e('server protocols must be supported', `${GW}#Port-protocol`),
  GW022: e('server port numbers must be in 1..65535', `${GW}#Port-number`),
  GW023: e('targetPort has no effect on gateways', `${GW}#Port-target_port`),
  GW024: e('server ports need a name', `${GW}#Port-name`),
  GW025: e('unix socket servers need port number 0', `${GW}#Server-bind`),
  GW026: e('unix socket bind paths must be absolute file paths', `${GW}#Server-bind`),
  GW027: e('bind must be an IP or a unix socket', `${GW}#Server-bind`),
  GW030: e('HTTPS and TLS servers need TLS settings', `${GW}#Server-tls`),
  GW031: e('plain-text HTTP servers cannot terminate TLS', `${GW}#Server-tls`),
  GW032: e('non-HTTPS/TLS servers cannot have TLS settings', `${GW}#Server-tls`),
  GW040: w('TLS below 1.2 needs explicit cipher suites', `${GW}#ServerTLSSettings-min_protocol_version`),
  GW041: w('unknown cipher suites are ignored', `${GW}#ServerTLSSettings-cipher_suites`),
  GW042: w('duplicate cipher suites are ignored', `${GW}#ServerTLSSettings-cipher_suites`),
  GW043: e('ISTIO_MUTUAL takes no certificates', `${GW}#ServerTLSSettings-TLSmode`),
  GW044: w('passthrough modes ignore certificates', `${GW}#ServerTLSSettings-TLSmode`),
  GW045: e('only one certificate source per server', `${GW}#ServerTLSSettings`),
  GW046: e('MUTUAL TLS needs a client CA bundle', `${GW}#ServerTLSSettings-ca_certificates`),
  GW047: w('at most 2 server certificates are used', `${GW}#ServerTLSSettings-tls_certificates`),
  GW048: e('SIMPLE/MUTUAL TLS needs a server certificate', `${GW}#ServerTLSSettings-server_certificate`),
  GW049: e('SIMPLE/MUTUAL TLS needs a private key', `${GW}#ServerTLSSettings-private_key`),
  GW050: e('CRL cannot be combined with credentialName', `${GW}#ServerTLSSettings-ca_crl`),
  GW051: e('CRL is not supported with SIMPLE TLS', `${GW}#ServerTLSSettings-ca_crl`),
} satisfies RuleTable;

/** Every rule code. */
export const CATALOG = { ...commonRules, ...serviceEntryRules, ...workloadEntryRules, ...gatewayRules, ...trafficCatalog } satisfies RuleTable;

export type RuleCode = keyof typeof CATALOG;

/** The spec of a code, with the default istioctl code filled in. */
export function ruleSpec(code: RuleCode): RuleSpec & { istioCode: string } {
  const spec: RuleSpec = CATALOG[code];
  return { ...spec, istioCode: spec.istioCode ?? (spec.severity === 'error' ? 'IST0106' : 'IST0133') };
}
