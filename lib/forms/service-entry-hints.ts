/** Hints the ServiceEntry form shows next to Resolution: what the chosen mode does with hosts and endpoints. */
import { isIpAddress } from '../rules/common/ip';

export interface Hint {
  tone: 'info' | 'warning';
  text: string;
}

interface SpecLike {
  resolution?: unknown;
  endpoints?: unknown;
  hosts?: unknown;
  workloadSelector?: unknown;
  addresses?: unknown;
}

function endpointAddresses(spec: SpecLike): string[] {
  if (!Array.isArray(spec.endpoints)) return [];
  return spec.endpoints.map((e) => (e && typeof e === 'object' ? (e as { address?: unknown }).address : undefined)).filter((a): a is string => typeof a === 'string');
}

/** What the resolution mode means for this spec (Istio's ServiceEntry reference, "Resolution"). */
export function resolutionHints(spec: SpecLike): Hint[] {
  const resolution = typeof spec.resolution === 'string' ? spec.resolution : 'NONE';
  const endpoints = Array.isArray(spec.endpoints) ? spec.endpoints.length : 0;
  const hosts = Array.isArray(spec.hosts) ? spec.hosts.filter((h): h is string => typeof h === 'string') : [];
  const out: Hint[] = [];
  switch (resolution) {
    case 'NONE':
      out.push({ tone: 'info', text: `NONE${spec.resolution === undefined ? ' (the default)' : ''}: no load balancing, traffic goes to the original destination IP the application connected to.` });
      if (endpoints > 0) out.push({ tone: 'warning', text: 'NONE cannot have endpoints: remove them or pick STATIC or DNS.' });
      break;
    case 'STATIC': {
      out.push({ tone: 'info', text: 'STATIC needs IP endpoints: traffic is balanced across the endpoint addresses.' });
      const names = endpointAddresses(spec).filter((a) => !isIpAddress(a) && !a.startsWith('unix://'));
      if (endpoints === 0 && !spec.workloadSelector) out.push({ tone: 'warning', text: 'Add at least one endpoint with an IP address (or a workloadSelector).' });
      if (names.length > 0) out.push({ tone: 'warning', text: `STATIC endpoints must be IP addresses, not ${names.join(', ')}; use DNS to resolve names.` });
      break;
    }
    case 'DNS':
    case 'DNS_ROUND_ROBIN':
      out.push({
        tone: 'info',
        text:
          endpoints === 0
            ? `${resolution} with no endpoints resolves the hosts themselves, so they must be names without wildcards.`
            : `${resolution} resolves the endpoint addresses, not the hosts.`,
      });
      if (resolution === 'DNS_ROUND_ROBIN') out.push({ tone: 'info', text: 'DNS_ROUND_ROBIN uses only the first address DNS returns for each new connection; at most one endpoint.' });
      if (endpoints === 0 && hosts.some((h) => h.includes('*'))) out.push({ tone: 'warning', text: 'Wildcard hosts cannot be resolved by DNS: use NONE, or add endpoints.' });
      break;
    case 'DYNAMIC_DNS':
      out.push({ tone: 'info', text: 'DYNAMIC_DNS resolves the requested host at request time: hosts must be wildcards, no addresses, HTTP/TLS-like ports only.' });
      break;
  }
  return out;
}
