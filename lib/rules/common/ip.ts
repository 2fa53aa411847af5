/**
 * IP addresses and CIDR blocks with Go's `net/netip` semantics (rules doc §1.3). Hand-written on purpose:
 * Istio's verdicts depend on netip's exact grammar (no leading zeros, zones, embedded IPv4), which
 * general-purpose JS IP libraries relax.
 */

export interface ParsedAddr {
  family: 4 | 6;
  zone: boolean;
}

function parseIPv4(s: string): boolean {
  const fields = s.split('.');
  if (fields.length !== 4) return false;
  return fields.every((f) => /^\d{1,3}$/.test(f) && !(f.length > 1 && f[0] === '0') && Number(f) <= 255);
}

function parseIPv6(s: string): boolean {
  let groups = 0; // 16-bit groups consumed
  let ellipsis = false;
  let rest = s;
  if (rest.startsWith('::')) {
    ellipsis = true;
    rest = rest.slice(2);
    if (rest === '') return true;
  }
  while (groups < 8) {
    const m = /^[0-9a-fA-F]*/.exec(rest)![0];
    if (m.length === 0 || m.length > 4) return false;
    if (rest[m.length] === '.') {
      // embedded IPv4 must fill the last 32 bits
      if ((!ellipsis && groups !== 6) || groups + 2 > 8) return false;
      if (!parseIPv4(rest)) return false;
      groups += 2;
      rest = '';
      break;
    }
    groups++;
    rest = rest.slice(m.length);
    if (rest === '') break;
    if (rest[0] !== ':' || rest.length === 1) return false;
    rest = rest.slice(1);
    if (rest[0] === ':') {
      if (ellipsis) return false;
      ellipsis = true;
      rest = rest.slice(1);
      if (rest === '') break;
    }
  }
  if (rest !== '') return false;
  // `::` must stand for at least one zero group
  return ellipsis ? groups < 8 : groups === 8;
}

/** Go's `netip.ParseAddr`; undefined when the string is not an address. */
export function parseAddr(s: string): ParsedAddr | undefined {
  for (const ch of s) {
    if (ch === '.') return parseIPv4(s) ? { family: 4, zone: false } : undefined;
    if (ch === ':') {
      const pct = s.indexOf('%');
      if (pct === s.length - 1) return undefined;
      return parseIPv6(pct === -1 ? s : s.slice(0, pct)) ? { family: 6, zone: pct !== -1 } : undefined;
    }
    if (ch === '%') return undefined;
  }
  return undefined;
}

/** Go's `netip.ParsePrefix` success (host bits may be set). */
export function isPrefix(s: string): boolean {
  const slash = s.lastIndexOf('/');
  if (slash < 0) return false;
  const addr = parseAddr(s.slice(0, slash));
  if (!addr || addr.zone) return false;
  const bits = s.slice(slash + 1);
  if (!/^(?:0|[1-9]\d*)$/.test(bits)) return false;
  return Number(bits) <= (addr.family === 4 ? 32 : 128);
}

/** Whether `s` is an IP address (Go `netip.ParseAddr`). */
export function isIpAddress(s: string): boolean {
  return parseAddr(s) !== undefined;
}

/** Istio's `ValidateIPAddress`. */
export function validateIpAddress(s: string): string | null {
  return isIpAddress(s) ? null : `${s} is not a valid IP`;
}

/** Istio's `ValidateIPSubnet`: a CIDR block when the string has exactly one `/`, else an IP. */
export function validateIpSubnet(s: string): string | null {
  if (s.split('/').length === 2) return isPrefix(s) ? null : `${s} is not a valid CIDR block`;
  return validateIpAddress(s);
}
