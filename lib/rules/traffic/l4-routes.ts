/** tls[] and tcp[] routes of a VirtualService (Istio `validateTLSRoute`, `validateTCPRoute`). */
import { goQuote, isIpAddress, validateIpSubnet, validatePort, validateWildcardDomain, validateWildcardDomainForGatewayBoundHost } from '../common';
import { errorsOnly, type Path, type RuleContext } from './context';
import { checkRouteDestinations } from './destination';
import { checkGatewayNames } from './gateways';
import { hostSubsetOf } from './host-match';
import { checkLabels } from './labels';
import { has, hasItems, isObj, list, num } from './values';

export interface L4Context {
  hosts: string[];
  gateways: string[];
  gatewaySemantics: boolean;
}

/** Subnets, port, sourceLabels and gateways, which TLS and TCP matches share. */
function checkL4Attributes(ctx: RuleContext, gwCtx: RuleContext, match: Record<string, unknown>, path: Path): void {
  list(match, 'destinationSubnets').forEach((s, i) => {
    const err = typeof s === 'string' ? validateIpSubnet(s) : null;
    if (err) ctx.report('VS038', [...path, 'destinationSubnets', i], err);
  });
  const port = num(match, 'port') ?? 0;
  const portErr = port !== 0 ? validatePort(port) : null;
  if (portErr) ctx.report('VS018', [...path, 'port'], portErr);
  checkLabels(ctx, 'VS018', match.sourceLabels, [...path, 'sourceLabels']);
  checkGatewayNames(gwCtx, list(match, 'gateways'), [...path, 'gateways'], { gatewaySemantics: false });
}

function checkSniHost(ctx: RuleContext, sni: string, l4: L4Context, path: Path): void {
  // NOTE: Istio's isGateway here is "gateways does not contain mesh", which is also true for an empty list
  const boundToGateway = !l4.gateways.includes('mesh');
  const err = boundToGateway ? validateWildcardDomainForGatewayBoundHost(true, sni) : validateWildcardDomain(sni);
  if (err) {
    if (isIpAddress(sni)) ctx.report('VS036', path, `using an IP address (${goQuote(sni)}) goes against SNI spec and most clients do not support this`);
    else ctx.report('VS035', path, err);
    return;
  }
  if (!l4.hosts.some((h) => hostSubsetOf(sni, h))) {
    ctx.report('VS035', path, `SNI host ${goQuote(sni)} is not a compatible subset of any of the virtual service hosts: [${l4.hosts.join(', ')}]`);
  }
}

/** Validate one `tls` route at `path`. */
export function checkTlsRoute(ctx: RuleContext, route: Record<string, unknown>, path: Path, l4: L4Context): void {
  const matches = list(route, 'match');
  if (matches.length === 0) ctx.report('VS034', path, 'TLS route must have at least one match condition');
  matches.forEach((m, i) => {
    const at = [...path, 'match', i];
    if (!isObj(m)) {
      if (m === null) ctx.report('VS034', at, 'TLS match may not be null');
      return;
    }
    const snis = list(m, 'sniHosts');
    if (snis.length === 0) ctx.report('VS034', at, 'TLS match must have at least one SNI host');
    snis.forEach((s, j) => {
      if (typeof s === 'string') checkSniHost(ctx, s, l4, [...at, 'sniHosts', j]);
    });
    checkL4Attributes(ctx, ctx, m, at);
  });
  if (!hasItems(route, 'route')) ctx.report('VS034', has(route, 'route') ? [...path, 'route'] : path, 'TLS route is required', has(route, 'route') ? 'key' : undefined);
  checkRouteDestinations(ctx, list(route, 'route'), [...path, 'route'], { http: false, gatewaySemantics: l4.gatewaySemantics });
}

/** Validate one `tcp` route at `path`. */
export function checkTcpRoute(ctx: RuleContext, route: Record<string, unknown>, path: Path, gatewaySemantics: boolean): void {
  list(route, 'match').forEach((m, i) => {
    const at = [...path, 'match', i];
    if (!isObj(m)) {
      if (m === null) ctx.report('VS037', at, 'tcp match may not be nil');
      return;
    }
    // NOTE: Istio folds tcp matches through appendErrors, dropping the legacy gateway-name warning
    checkL4Attributes(ctx, errorsOnly(ctx), m, at);
  });
  if (!hasItems(route, 'route')) ctx.report('VS037', has(route, 'route') ? [...path, 'route'] : path, 'TCP route is required', has(route, 'route') ? 'key' : undefined);
  checkRouteDestinations(ctx, list(route, 'route'), [...path, 'route'], { http: false, gatewaySemantics });
}
