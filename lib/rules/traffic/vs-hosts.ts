/** VirtualService hosts: syntax, `*` on the mesh, overlaps, and JWT-claim routing (Istio `ValidateVirtualService`). */
import { isIpAddress, validateWildcardDomain, validateWildcardDomainForGatewayBoundHost } from '../common';
import type { RuleContext } from './context';
import { goList } from './go-format';
import { isJwtClaimHeader } from './headers';
import { hostsMatch } from './host-match';
import { isObj, list, obj } from './values';

export interface Binding {
  /** `gateways` is set and does not name `mesh`. */
  appliesToGateway: boolean;
  /** `gateways` is empty or names `mesh`. */
  appliesToMesh: boolean;
}

/** Whether any tls match lists SNI hosts (gateway-bound hosts then accept `outbound_` SNI names). */
function hasSniHosts(spec: Record<string, unknown>): boolean {
  return list(spec, 'tls').some((t) => list(t, 'match').some((m) => list(m, 'sniHosts').length > 0));
}

/** Validate `hosts`, then their pairwise overlap when all are valid. */
export function checkHosts(ctx: RuleContext, spec: Record<string, unknown>, hosts: string[], binding: Binding): void {
  const sni = hasSniHosts(spec);
  let allValid = true;
  hosts.forEach((host, i) => {
    const at = ['spec', 'hosts', i];
    const err = binding.appliesToGateway ? validateWildcardDomainForGatewayBoundHost(sni, host) : validateWildcardDomain(host);
    if (err) {
      // a host that is an IP address is accepted as is
      if (!isIpAddress(host)) {
        ctx.report('VS004', at, err);
        allValid = false;
      }
    } else if (binding.appliesToMesh && host === '*') {
      ctx.report('VS005', at, 'wildcard host * is not allowed for virtual services bound to the mesh gateway');
      allValid = false;
    }
  });
  if (!allValid) return;
  for (let i = 0; i < hosts.length; i++) {
    for (let j = i + 1; j < hosts.length; j++) {
      if (hostsMatch(hosts[i]!, hosts[j]!)) ctx.report('VS006', ['spec', 'hosts', j], `duplicate hosts in virtual service: ${hosts[i]} & ${hosts[j]}`);
    }
  }
}

/** JWT-claim header matches are only allowed when the VirtualService applies to gateways only. */
export function checkJwtClaimRoutes(ctx: RuleContext, spec: Record<string, unknown>, gateways: string[]): void {
  list(spec, 'http').forEach((route, r) => {
    list(route, 'match').forEach((m, i) => {
      if (!isObj(m)) return;
      for (const key of ['headers', 'withoutHeaders']) {
        for (const name of Object.keys(obj(m, key) ?? {})) {
          if (!isJwtClaimHeader(name)) continue;
          const message = `JWT claim based routing (key: ${name}) is only supported for gateway, found no gateways: ${goList(gateways)}`;
          ctx.report('VS007', ['spec', 'http', r, 'match', i, key, name], message, 'key');
        }
      }
    });
  });
}
