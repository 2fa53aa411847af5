/** Ports, port names and protocols (rules doc §1.2, Istio `ValidatePort`, `ValidatePortName`, `protocol.Parse`). */
import { isDns1123Label } from './dns';

/** Istio's `ValidatePort`: 1..65535. */
export function validatePort(port: number): string | null {
  return Number.isInteger(port) && port >= 1 && port <= 65535 ? null : `port number ${port} must be in the range 1..65535`;
}

/** Istio's `ValidatePortName`: a DNS-1123 label. */
export function validatePortName(name: string): string | null {
  return isDns1123Label(name) ? null : `invalid port name: ${name}`;
}

export const PROTOCOLS = ['HTTP', 'HTTPS', 'HTTP2', 'GRPC', 'GRPC-Web', 'HTTP_PROXY', 'TCP', 'TLS', 'UDP', 'Mongo', 'Redis', 'MySQL'] as const;
export type Protocol = (typeof PROTOCOLS)[number];

const byLower = new Map<string, Protocol>(PROTOCOLS.map((p) => [p.toLowerCase(), p]));

/** Istio's `protocol.Parse`: case-insensitive; undefined for an unsupported name. */
export function parseProtocol(s: string): Protocol | undefined {
  return byLower.get(s.toLowerCase());
}

/** Istio's `ValidateProtocol`: empty means sniffing and is allowed. */
export function validateProtocol(s: string): string | null {
  return s === '' || parseProtocol(s) ? null : `unsupported protocol: ${s}`;
}

/** HTTP, HTTP2, HTTP_PROXY, GRPC, GRPC-Web (Istio's `IsHTTP`). */
export function isHttpProtocol(p: Protocol | undefined): boolean {
  return p === 'HTTP' || p === 'HTTP2' || p === 'HTTP_PROXY' || p === 'GRPC' || p === 'GRPC-Web';
}

/** HTTPS, TLS (Istio's `IsTLS`). */
export function isTlsProtocol(p: Protocol | undefined): boolean {
  return p === 'HTTPS' || p === 'TLS';
}

/** TCP, HTTPS, TLS, Mongo, Redis, MySQL (Istio's `IsTCP`). */
export function isTcpProtocol(p: Protocol | undefined): boolean {
  return p === 'TCP' || p === 'HTTPS' || p === 'TLS' || p === 'Mongo' || p === 'Redis' || p === 'MySQL';
}
