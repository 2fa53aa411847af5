/** Destinations and weighted route destinations (Istio `validateDestination`, `validate*RouteDestinations`). */
import { isDns1123Label, validatePort, validateWildcardDomain } from '../common';
import type { Path, RuleContext } from './context';
import { checkHeaderOperations } from './headers';
import { has, isObj, num, obj, str } from './values';

/** Validate a Destination (route, mirror, mirrors) at `path`. */
export function checkDestination(ctx: RuleContext, dest: unknown, path: Path): void {
  if (!isObj(dest)) return;
  const host = str(dest, 'host') ?? '';
  const hostAt = has(dest, 'host') ? [...path, 'host'] : path;
  const hostTarget = has(dest, 'host') ? undefined : 'key';
  if (host === '*') ctx.report('VS026', hostAt, `invalid destination host ${host}`, hostTarget);
  else {
    const err = validateWildcardDomain(host);
    if (err) ctx.report('VS026', hostAt, err, hostTarget);
  }
  const subset = str(dest, 'subset') ?? '';
  if (subset !== '' && !isDns1123Label(subset)) ctx.report('VS026', [...path, 'subset'], `subset name is invalid: ${subset}`);
  const port = obj(dest, 'port');
  if (port) {
    const err = validatePort(num(port, 'number') ?? 0);
    if (err) ctx.report('VS026', has(port, 'number') ? [...path, 'port', 'number'] : [...path, 'port'], err);
  }
}

export interface RouteDestinationOptions {
  /** HTTP route destinations also carry header operations. */
  http: boolean;
  /** Gateway-API-generated routes skip the destination checks. */
  gatewaySemantics: boolean;
}

/** Validate a `route` list (http, tcp or tls) at `path`. */
export function checkRouteDestinations(ctx: RuleContext, items: unknown[], path: Path, opts: RouteDestinationOptions): void {
  let total = 0;
  items.forEach((item, i) => {
    const at = [...path, i];
    if (!isObj(item)) {
      if (item === null) ctx.report('VS032', at, 'weight may not be nil');
      return;
    }
    if (!has(item, 'destination')) ctx.report('VS032', at, 'destination is required');
    if (opts.http) checkHeaderOperations(ctx, item.headers, [...at, 'headers']);
    if (!opts.gatewaySemantics) checkDestination(ctx, item.destination, [...at, 'destination']);
    const weight = num(item, 'weight') ?? 0;
    if (weight < 0) ctx.report('VS032', [...at, 'weight'], `weight ${weight} < 0`);
    total += weight;
  });
  if (items.length > 1 && total === 0) ctx.report('VS032', path, 'total destination weight = 0', 'key');
}
