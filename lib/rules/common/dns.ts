/** DNS labels, FQDNs and wildcard domains (rules doc §1.1, Istio `pkg/config/validation/agent`). */
import { byteLength, goQuote, isGoInt } from './quote';

const dns1123Label = /^[a-zA-Z0-9](?:[-a-zA-Z0-9]*[a-zA-Z0-9])?$/;
const wildcardLabel = /^(?:\*|(?:\*|\*-)?[a-zA-Z0-9](?:[-a-zA-Z0-9]*[a-zA-Z0-9])?)$/;

/** Istio's `labels.IsDNS1123Label`: upper case allowed, at most 63 characters. */
export function isDns1123Label(s: string): boolean {
  return byteLength(s) <= 63 && dns1123Label.test(s);
}

/** Istio's `labels.IsWildcardDNS1123Label`: `*`, `*foo`, `*-foo` or a DNS-1123 label. */
export function isWildcardDns1123Label(s: string): boolean {
  return byteLength(s) <= 63 && wildcardLabel.test(s);
}

function preconditions(name: string): string | null {
  if (byteLength(name) > 255) return `domain name ${goQuote(name)} too long (max 255)`;
  if (name.length === 0) return 'empty domain name not allowed';
  return null;
}

function labelsError(domain: string): string | null {
  const parts = domain.split('.');
  const tld = parts[parts.length - 1]!;
  if (isGoInt(tld)) return `domain name ${goQuote(domain)} invalid (top level domain ${goQuote(tld)} cannot be all-numeric)`;
  for (let i = 0; i < parts.length; i++) {
    const label = parts[i]!;
    // a trailing dot (`istio.io.`) is an unambiguous absolute name
    if (i === parts.length - 1 && label === '') return null;
    if (!isDns1123Label(label)) return `domain name ${goQuote(domain)} invalid (label ${goQuote(label)} invalid)`;
  }
  return null;
}

/** Istio's `ValidateFQDN`: no wildcard; the message, or null when valid. */
export function validateFqdn(name: string): string | null {
  return preconditions(name) ?? labelsError(name);
}

/** Istio's `ValidateWildcardDomain`: a wildcard is allowed in the first label only. */
export function validateWildcardDomain(name: string): string | null {
  const pre = preconditions(name);
  if (pre) return pre;
  const dot = name.indexOf('.');
  const first = dot === -1 ? name : name.slice(0, dot);
  if (!isWildcardDns1123Label(first)) return `domain name ${goQuote(name)} invalid (label ${goQuote(first)} invalid)`;
  return dot === -1 ? null : labelsError(name.slice(dot + 1));
}

/** Istio's `ValidatePartialWildCard`: `*` must be the whole name or a `*.` prefix. */
export function validatePartialWildcard(host: string): string | null {
  if (host.includes('*') && host.length !== 1 && !host.startsWith('*.')) return `partial wildcard ${goQuote(host)} not allowed`;
  return null;
}

/**
 * Istio's `ValidateWildcardDomainForVirtualServiceBoundToGateway`: with `sni`, names starting with `outbound_`
 * must follow the auto-generated SNI form `outbound_.<PORT>_._.<HOSTNAME>`.
 */
export function validateWildcardDomainForGatewayBoundHost(sni: boolean, name: string): string | null {
  if (!sni || !name.startsWith('outbound_')) return validateWildcardDomain(name);
  const pre = preconditions(name);
  if (pre) return pre;
  const parts = name.split('_');
  if (parts.length < 4) return `domain name ${name} invalid, should follow 'outbound_.<PORT>_._.<HOSTNAME>' format`;
  if (parts[0] !== 'outbound') return `domain name ${goQuote(name)} invalid (label ${goQuote(parts[0]!)} invalid)`;
  const trimDots = (x: string) => x.replace(/^\.+|\.+$/g, '');
  const port = trimDots(parts[1]!);
  const host = trimDots(parts[3]!);
  if (!/\d/.test(port)) return `domain name ${goQuote(name)} invalid (label ${goQuote(port)} invalid). should follow outbound_.<PORT>_._.<HOSTNAME> format`;
  if (!/[a-zA-Z]/.test(host)) return `domain name ${goQuote(name)} invalid (label ${goQuote(host)} invalid). should follow outbound_.<PORT>_._.<HOSTNAME> format`;
  return null;
}
