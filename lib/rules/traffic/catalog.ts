/**
 * Rule codes of the DestinationRule (DR0xx) and VirtualService (VS0xx) webhook checks, in the shape of
 * ../catalog.ts (`RuleTable`), so the shared registry can merge these tables.
 */
import type { RuleSpec, RuleTable } from '../catalog';

const DR_DOCS = 'https://istio.io/latest/docs/reference/config/networking/destination-rule/';
const VS_DOCS = 'https://istio.io/latest/docs/reference/config/networking/virtual-service/';

const spec = (severity: RuleSpec['severity'], title: string, docsUrl: string, istioCode?: string): RuleSpec =>
  istioCode ? { severity, title, docsUrl, origin: 'go', istioCode } : { severity, title, docsUrl, origin: 'go' };
const dr = (severity: RuleSpec['severity'], title: string, anchor: string) => spec(severity, title, `${DR_DOCS}#${anchor}`);
const vs = (severity: RuleSpec['severity'], title: string, anchor: string, istioCode?: string) => spec(severity, title, `${VS_DOCS}#${anchor}`, istioCode);

export const destinationRuleRules = {
  DR001: dr('error', 'host must be a valid (wildcard) domain name', 'DestinationRule'),
  DR002: dr('error', 'subset name must be a non-empty DNS-1123 label', 'Subset'),
  DR003: dr('error', 'subset names must be unique', 'Subset'),
  DR004: dr('error', 'subset labels must be valid label keys and values', 'Subset'),
  DR005: dr('error', 'a traffic policy must set at least one field', 'TrafficPolicy'),
  DR006: dr('error', 'tunnel and proxyProtocol must not be set together', 'TrafficPolicy'),
  DR007: dr('error', 'durations must be at least 1ms, in whole milliseconds', 'TrafficPolicy'),
  DR008: dr('warning', 'outlierDetection.consecutiveErrors is deprecated', 'OutlierDetection'),
  DR009: dr('error', 'consecutiveLocalOriginFailures needs splitExternalLocalOriginErrors', 'OutlierDetection'),
  DR010: dr('error', 'percentages must be within 0..100', 'OutlierDetection'),
  DR011: dr('error', 'a connection pool must set tcp or http', 'ConnectionPoolSettings'),
  DR012: dr('error', 'connection pool limits must be non-negative', 'ConnectionPoolSettings-HTTPSettings'),
  DR013: dr('error', 'useClientProtocol conflicts with h2UpgradePolicy UPGRADE', 'ConnectionPoolSettings-HTTPSettings'),
  DR014: dr('error', 'http2KeepAlive needs both interval and timeout', 'ConnectionPoolSettings-HTTPSettings'),
  DR015: dr('error', 'consistent-hash cookie settings are invalid', 'LoadBalancerSettings-ConsistentHashLB-HTTPCookie'),
  DR016: dr('warning', 'consistentHash.minimumRingSize is deprecated', 'LoadBalancerSettings-ConsistentHashLB'),
  DR017: dr('error', 'consistent-hash ring settings are invalid', 'LoadBalancerSettings-ConsistentHashLB'),
  DR018: dr('error', 'localityLbSetting and zoneAwareLbSetting are exclusive', 'LoadBalancerSettings'),
  DR019: dr('error', 'warmup settings are invalid', 'WarmupConfiguration'),
  DR020: dr('error', 'locality load-balancer settings are invalid', 'LocalityLoadBalancerSetting'),
  DR021: dr('warning', 'failover needs an outlierDetection policy', 'LocalityLoadBalancerSetting'),
  DR022: dr('error', 'zone-aware load-balancer settings are invalid', 'LoadBalancerSettings'),
  DR023: dr('error', 'client TLS settings are inconsistent', 'ClientTLSSettings'),
  DR024: dr('error', 'port-level traffic policies need a port and a setting', 'TrafficPolicy-PortTrafficPolicy'),
  DR025: dr('error', 'tunnel settings are invalid', 'TrafficPolicy-TunnelSettings'),
  DR026: dr('error', 'workloadSelector labels must not be empty or wildcards', 'DestinationRule'),
  DR027: dr('warning', 'workloadSelector has no labels', 'DestinationRule'),
  DR028: dr('error', 'exportTo entries are invalid', 'DestinationRule'),
} satisfies RuleTable;

export const virtualServiceRules = {
  VS001: vs('error', 'a delegate VirtualService (no hosts) must not have gateways, tls or tcp routes', 'Delegate'),
  VS002: vs('error', 'gateway references must be <namespace>/<name> or a valid name', 'VirtualService'),
  VS003: vs('warning', 'legacy gateway name format', 'VirtualService'),
  VS004: vs('error', 'hosts must be valid (wildcard) domain names', 'VirtualService'),
  VS005: vs('error', 'host * is not allowed for VirtualServices bound to the mesh', 'VirtualService'),
  VS006: vs('error', 'hosts must not overlap', 'VirtualService'),
  VS007: vs('error', 'JWT claim routing needs a gateway-only VirtualService', 'HTTPMatchRequest'),
  VS008: vs('error', 'http, tcp or tls routes are required', 'VirtualService'),
  VS009: vs('error', 'exportTo entries are invalid', 'VirtualService'),
  VS010: vs('warning', 'route rule is never used', 'VirtualService', 'IST0130'),
  VS011: vs('warning', 'match is shadowed by an earlier match', 'HTTPMatchRequest', 'IST0131'),
  VS012: vs('error', 'a root route (with delegate) may only delegate', 'HTTPRoute'),
  VS013: vs('error', 'a delegate route must not delegate again', 'Delegate'),
  VS014: vs('error', 'an http route needs exactly one action', 'HTTPRoute'),
  VS015: vs('error', 'mirror and mirrors are exclusive', 'HTTPRoute'),
  VS016: vs('error', 'match header names must be valid', 'HTTPMatchRequest'),
  VS017: vs('error', 'string matches must not be empty and regexes must be RE2', 'StringMatch'),
  VS018: vs('error', 'match attributes (port, sourceLabels, sourceNamespace) are invalid', 'HTTPMatchRequest'),
  VS019: vs('error', 'header operations must use valid names', 'Headers'),
  VS020: vs('error', 'header values must be valid Envoy header formats', 'Headers'),
  VS021: vs('error', 'authority is set more than once', 'HTTPRewrite'),
  VS022: vs('error', 'CORS policy is invalid', 'CorsPolicy'),
  VS023: vs('error', 'fault injection is invalid', 'HTTPFaultInjection'),
  VS024: vs('error', 'mirror percentages must be within 0..100', 'HTTPMirrorPolicy'),
  VS025: vs('warning', 'mirrorPercent is deprecated', 'HTTPRoute'),
  VS026: vs('error', 'destination is invalid', 'Destination'),
  VS027: vs('error', 'redirect is invalid', 'HTTPRedirect'),
  VS028: vs('error', 'direct response is invalid', 'HTTPDirectResponse'),
  VS029: vs('warning', 'large direct response', 'HTTPDirectResponse'),
  VS030: vs('error', 'retry policy is invalid', 'HTTPRetry'),
  VS031: vs('error', 'rewrite is invalid', 'HTTPRewrite'),
  VS032: vs('error', 'route destinations are invalid', 'HTTPRouteDestination'),
  VS033: vs('error', 'durations must be at least 1ms, in whole milliseconds', 'HTTPRoute'),
  VS034: vs('error', 'TLS route is invalid', 'TLSRoute'),
  VS035: vs('error', 'SNI host is invalid or outside the VirtualService hosts', 'TLSMatchAttributes'),
  VS036: vs('warning', 'SNI host is an IP address', 'TLSMatchAttributes'),
  VS037: vs('error', 'TCP route is invalid', 'TCPRoute'),
  VS038: vs('error', 'destination subnets must be IPs or CIDR blocks', 'L4MatchAttributes'),
  VS039: vs('error', 'mirrors entries need a destination', 'HTTPMirrorPolicy'),
} satisfies RuleTable;

/** Every DR/VS code. */
export const trafficCatalog = { ...destinationRuleRules, ...virtualServiceRules } satisfies RuleTable;

export type TrafficCode = keyof typeof trafficCatalog;

/** istioctl analyze reports webhook errors as IST0106 and warnings as IST0133 (its schema analyzer runs the same code). */
export function trafficIstioCode(code: TrafficCode): string {
  const s: RuleSpec = trafficCatalog[code];
  return s.istioCode ?? (s.severity === 'error' ? 'IST0106' : 'IST0133');
}
