/** Unix domain socket addresses (rules doc §1.4, Istio `ValidateUnixAddress`). */

export const UNIX_PREFIX = 'unix://';

/** Istio's `ValidateUnixAddress` on the part after `unix://`. */
export function validateUnixAddress(addr: string): string | null {
  if (addr.length === 0) return 'unix address must not be empty';
  // abstract sockets (`@name`) have no path
  if (addr.startsWith('@')) return null;
  if (!addr.startsWith('/') || addr.endsWith('/')) return `${addr} is not an absolute path to a file`;
  return null;
}
