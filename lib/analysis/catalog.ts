/** Cross-resource analysis codes (XR0xx): severity, istioctl's code where it has the same check, reference link. */
import type { Severity } from '../core/diagnostic';
import type { Finding } from '../core/finding';
import type { PathSegment } from '../core/diagnostic';
import type { IstioResource } from '../core/resource';

export interface AnalysisCode {
  severity: Severity;
  title: string;
  istioCode?: string;
  docsUrl: string;
}

const IST = 'https://istio.io/latest/docs/reference/config/analysis/';
const ref = (page: string) => `https://istio.io/latest/docs/reference/config/networking/${page}/`;

export const ANALYSIS_CODES = {
  XR001: { severity: 'error', title: 'Destination host not found', istioCode: 'IST0101', docsUrl: `${IST}ist0101/` },
  XR002: { severity: 'error', title: 'Destination port not declared by the ServiceEntry', istioCode: 'IST0101', docsUrl: `${IST}ist0101/` },
  XR003: { severity: 'error', title: 'Destination port required (the ServiceEntry has several ports)', istioCode: 'IST0112', docsUrl: `${IST}ist0112/` },
  XR004: { severity: 'error', title: 'Subset not defined by any DestinationRule', istioCode: 'IST0101', docsUrl: `${IST}ist0101/` },
  XR005: { severity: 'error', title: 'Gateway not found', istioCode: 'IST0101', docsUrl: `${IST}ist0101/` },
  XR006: { severity: 'warning', title: 'Reference to an implementation-generated internal Gateway', istioCode: 'IST0165', docsUrl: `${IST}ist0165/` },
  XR007: { severity: 'warning', title: 'VirtualService hosts not served by the bound Gateway', istioCode: 'IST0132', docsUrl: `${IST}ist0132/` },
  XR008: { severity: 'error', title: 'Several mesh-bound VirtualServices for one host', istioCode: 'IST0109', docsUrl: `${IST}ist0109/` },
  XR009: { severity: 'warning', title: 'DestinationRule host matches no service', istioCode: 'IST0174', docsUrl: `${IST}ist0174/` },
  XR010: { severity: 'warning', title: 'TLS origination without caCertificates', istioCode: 'IST0128', docsUrl: `${IST}ist0128/` },
  XR011: { severity: 'warning', title: 'Port-level TLS origination without caCertificates', istioCode: 'IST0129', docsUrl: `${IST}ist0129/` },
  XR012: { severity: 'warning', title: 'Subset TLS origination without caCertificates', docsUrl: ref('destination-rule') },
  XR013: { severity: 'warning', title: 'ServiceEntries with conflicting protocols for one host and port', istioCode: 'IST0177', docsUrl: `${IST}ist0177/` },
  XR014: { severity: 'warning', title: 'Several ServiceEntries for one host and port', docsUrl: ref('service-entry') },
  XR015: { severity: 'error', title: 'Referenced resource not exported to the referrer’s namespace', istioCode: 'IST0101', docsUrl: `${IST}ist0101/` },
  XR016: { severity: 'warning', title: 'Mesh traffic sent to an egress gateway with no route onward', docsUrl: 'https://istio.io/latest/docs/tasks/traffic-management/egress/egress-gateway/' },
  XR017: { severity: 'warning', title: 'Gateway-bound route on a port no server of the Gateway listens on', docsUrl: ref('gateway') },
  XR018: { severity: 'warning', title: 'ServiceEntry addresses required for this protocol', istioCode: 'IST0134', docsUrl: `${IST}ist0134/` },
  XR019: { severity: 'error', title: 'Conflicting Gateways (same selector, port and host)', istioCode: 'IST0145', docsUrl: `${IST}ist0145/` },
  XR020: { severity: 'warning', title: 'Same certificate on several Gateways', istioCode: 'IST0138', docsUrl: `${IST}ist0138/` },
  XR021: { severity: 'warning', title: 'Deprecated field', istioCode: 'IST0002', docsUrl: `${IST}ist0002/` },
  XR022: { severity: 'warning', title: 'Negative status condition', istioCode: 'IST0171', docsUrl: `${IST}ist0171/` },
  XR023: { severity: 'warning', title: 'Gateway route to a host the ServiceEntry does not export to the gateway’s namespace', docsUrl: ref('service-entry') },
  XR024: { severity: 'warning', title: 'One host in ServiceEntries of several namespaces visible to one namespace', docsUrl: ref('service-entry') },
  XR025: { severity: 'info', title: 'A host of a gateway-only VirtualService that the Gateway does not serve', docsUrl: ref('virtual-service') },
} as const satisfies Record<string, AnalysisCode>;

export type AnalysisCodeId = keyof typeof ANALYSIS_CODES;

/** Build a finding with the code's severity, istioCode and docs link. */
export function finding(code: AnalysisCodeId, resource: IstioResource, path: PathSegment[], message: string): Finding {
  const c: AnalysisCode = ANALYSIS_CODES[code];
  const f: Finding = { severity: c.severity, code, message, resource, path, docsUrl: c.docsUrl };
  if (c.istioCode) f.istioCode = c.istioCode;
  return f;
}
