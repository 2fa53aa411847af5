/** One http route of a VirtualService (Istio `validateHTTPRoute`, `validateHTTPRouteConflict`). */
import { checkDuration, type Path, type RuleContext } from './context';
import { checkCors } from './cors';
import { checkRouteDestinations } from './destination';
import { checkFault } from './fault';
import { checkHeaderOperations } from './headers';
import { checkAuthorityRewrite, checkDirectResponse, checkRedirect, checkRewrite } from './http-actions';
import { checkHttpMatches } from './http-match';
import { checkMirroring } from './mirror';
import { checkRetries } from './retries';
import { has, hasItems, list, str } from './values';

export interface HttpRouteOptions {
  /** The VirtualService has no hosts: its routes are delegates. */
  delegate: boolean;
  gatewaySemantics: boolean;
}

type Route = Record<string, unknown>;

function checkRootConflicts(ctx: RuleContext, route: Route, path: Path): void {
  const name = str(route, 'name') ?? '';
  if (has(route, 'redirect')) ctx.report('VS012', [...path, 'redirect'], `root HTTP route ${name} must not specify redirect`, 'key');
  if (hasItems(route, 'route')) ctx.report('VS012', [...path, 'route'], `root HTTP route ${name} must not specify route`, 'key');
}

function checkConflicts(ctx: RuleContext, route: Route, path: Path, delegate: boolean): void {
  const at = (key: string) => [...path, key];
  if (delegate && has(route, 'delegate')) ctx.report('VS013', at('delegate'), 'delegate HTTP route cannot contain delegate', 'key');
  const routes = hasItems(route, 'route');
  if (has(route, 'redirect')) {
    if (routes) ctx.report('VS014', at('route'), 'HTTP route cannot contain both route and redirect', 'key');
    if (has(route, 'fault')) ctx.report('VS014', at('fault'), 'HTTP route cannot contain both fault and redirect', 'key');
    if (has(route, 'rewrite')) ctx.report('VS014', at('rewrite'), 'HTTP route rule cannot contain both rewrite and redirect', 'key');
    if (has(route, 'directResponse')) ctx.report('VS014', at('directResponse'), 'HTTP route rule cannot contain both direct_response and redirect', 'key');
  } else if (has(route, 'directResponse')) {
    if (routes) ctx.report('VS014', at('route'), 'HTTP route cannot contain both route and direct_response', 'key');
    if (has(route, 'fault')) ctx.report('VS014', at('fault'), 'HTTP route cannot contain both fault and direct_response', 'key');
    if (has(route, 'rewrite')) ctx.report('VS014', at('rewrite'), 'HTTP route rule cannot contain both rewrite and direct_response', 'key');
  } else if (!routes) {
    ctx.report('VS014', path, 'HTTP route, redirect or direct_response is required');
  }
  if (has(route, 'mirror') && hasItems(route, 'mirrors')) ctx.report('VS015', at('mirrors'), 'HTTP route cannot contain both mirror and mirrors', 'key');
}

/** Validate one `http` route at `path`. */
export function checkHttpRoute(ctx: RuleContext, route: Route, path: Path, opts: HttpRouteOptions): void {
  // a route with `delegate` in a VirtualService with hosts is a root route: it may only delegate
  if (!opts.delegate && has(route, 'delegate')) checkRootConflicts(ctx, route, path);
  else checkConflicts(ctx, route, path, opts.delegate);
  const matches = list(route, 'match');
  checkHttpMatches(ctx, matches, [...path, 'match']);
  checkHeaderOperations(ctx, route.headers, [...path, 'headers']);
  checkCors(ctx, route.corsPolicy, [...path, 'corsPolicy']);
  checkFault(ctx, route.fault, [...path, 'fault']);
  checkMirroring(ctx, route, path);
  checkRedirect(ctx, route.redirect, matches, [...path, 'redirect']);
  checkDirectResponse(ctx, route.directResponse, [...path, 'directResponse']);
  checkRetries(ctx, route.retries, [...path, 'retries']);
  checkRewrite(ctx, route.rewrite, [...path, 'rewrite']);
  checkAuthorityRewrite(ctx, route, path);
  checkRouteDestinations(ctx, list(route, 'route'), [...path, 'route'], { http: true, gatewaySemantics: opts.gatewaySemantics });
  checkDuration(ctx, 'VS033', route, 'timeout', path);
}
