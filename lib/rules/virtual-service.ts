/** Istio's webhook rules for VirtualService (`ValidateVirtualService`), reported node by node. */
import type { ResourceCheck } from '../core/finding';
import { validateExportTo } from './common';
import { createContext, type RuleContext } from './traffic/context';
import { checkGatewayNames } from './traffic/gateways';
import { checkHttpRoute } from './traffic/http-route';
import { checkTcpRoute, checkTlsRoute } from './traffic/l4-routes';
import { checkUnreachable } from './traffic/unreachable';
import { checkHosts, checkJwtClaimRoutes } from './traffic/vs-hosts';
import { isObj, list, obj } from './traffic/values';

const ROUTE_SEMANTICS = 'internal.istio.io/route-semantics';

const strings = (items: unknown[]) => items.filter((x): x is string => typeof x === 'string');

function checkDelegate(ctx: RuleContext, spec: Record<string, unknown>): void {
  const rules: [string, string][] = [
    ['gateways', 'delegate virtual service must have no gateways specified'],
    ['tls', 'delegate virtual service must have no tls route specified'],
    ['tcp', 'delegate virtual service must have no tcp route specified'],
  ];
  for (const [key, message] of rules) if (list(spec, key).length > 0) ctx.report('VS001', ['spec', key], message, 'key');
}

function checkExportTo(ctx: RuleContext, spec: Record<string, unknown>): void {
  const entries = list(spec, 'exportTo');
  if (!entries.every((e) => typeof e === 'string')) return;
  for (const issue of validateExportTo(entries as string[], { namespace: ctx.namespace })) {
    const at = issue.index === undefined ? ['spec', 'exportTo'] : ['spec', 'exportTo', issue.index];
    ctx.report('VS009', at, issue.message, issue.index === undefined ? 'key' : undefined);
  }
}

function checkRoutes(ctx: RuleContext, spec: Record<string, unknown>, hosts: string[], gateways: string[], gatewaySemantics: boolean): void {
  const [http, tls, tcp] = [list(spec, 'http'), list(spec, 'tls'), list(spec, 'tcp')];
  if (http.length === 0 && tls.length === 0 && tcp.length === 0) ctx.report('VS008', ['spec'], 'http, tcp or tls must be provided in virtual service', 'key');
  http.forEach((route, i) => {
    if (route === null) ctx.report('VS014', ['spec', 'http', i], 'http route may not be null');
    else if (isObj(route)) checkHttpRoute(ctx, route, ['spec', 'http', i], { delegate: hosts.length === 0, gatewaySemantics });
  });
  tls.forEach((route, i) => {
    if (isObj(route)) checkTlsRoute(ctx, route, ['spec', 'tls', i], { hosts, gateways, gatewaySemantics });
  });
  tcp.forEach((route, i) => {
    if (isObj(route)) checkTcpRoute(ctx, route, ['spec', 'tcp', i], gatewaySemantics);
  });
}

/** VirtualService webhook rules: delegation, gateways, hosts, http/tls/tcp routes, exportTo, unreachable rules. */
export const checkVirtualService: ResourceCheck = (resource, emit) => {
  const spec = resource.spec;
  if (!isObj(spec)) return;
  const ctx = createContext(resource, emit);
  const hosts = strings(list(spec, 'hosts'));
  const gateways = strings(list(spec, 'gateways'));
  const gatewaySemantics = obj(resource.metadata, 'annotations')?.[ROUTE_SEMANTICS] === 'gateway';
  if (list(spec, 'hosts').length === 0) checkDelegate(ctx, spec);
  const appliesToGateway = gateways.length > 0 && !gateways.includes('mesh');
  if (gateways.length > 0) checkGatewayNames(ctx, list(spec, 'gateways'), ['spec', 'gateways'], { gatewaySemantics });
  if (!appliesToGateway) checkJwtClaimRoutes(ctx, spec, gateways);
  checkHosts(ctx, spec, hosts, { appliesToGateway, appliesToMesh: !appliesToGateway });
  checkRoutes(ctx, spec, hosts, gateways, gatewaySemantics);
  checkExportTo(ctx, spec);
  checkUnreachable(ctx, list(spec, 'http'), ['spec', 'http'], true);
  checkUnreachable(ctx, list(spec, 'tcp'), ['spec', 'tcp'], false);
  checkUnreachable(ctx, list(spec, 'tls'), ['spec', 'tls'], false);
};
