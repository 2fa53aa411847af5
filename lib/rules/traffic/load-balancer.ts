/** LoadBalancerSettings checks (Istio `validateLoadBalancer`). */
import { checkDuration, type Path, type RuleContext } from './context';
import { checkLocalityLb, checkZoneAwareLb } from './locality-lb';
import { has, isObj, list, num, obj, str } from './values';

const MAGLEV_LIMIT = 5000011;

/** Envoy's primality test, which Istio copies so both agree on table sizes. */
export function isPrime(x: number): boolean {
  if (x !== 0 && x < 4) return true;
  if (x % 2 === 0) return false;
  const limit = Math.floor(Math.sqrt(x));
  for (let f = 3; f <= limit; f += 2) if (x % f === 0) return false;
  return true;
}

/** A uint64 field: a number, or the decimal string proto JSON also allows. */
function uint64(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^\d+$/.test(v)) return Number(v);
  return undefined;
}

function checkCookie(ctx: RuleContext, cookie: Record<string, unknown>, path: Path): void {
  if ((str(cookie, 'name') ?? '') === '') ctx.report('DR015', path, 'name required for HttpCookie', 'key');
  const names = new Set<string>();
  list(cookie, 'attributes').forEach((attr, i) => {
    const name = str(attr, 'name') ?? '';
    const at = [...path, 'attributes', i, 'name'];
    if (name === '') ctx.report('DR015', at, 'cookie attribute name cannot be empty');
    else if (names.has(name)) ctx.report('DR015', at, `duplicate cookie attribute name: ${name}`);
    else names.add(name);
  });
}

function checkConsistentHash(ctx: RuleContext, ch: Record<string, unknown>, path: Path): void {
  const cookie = obj(ch, 'httpCookie');
  if (cookie) checkCookie(ctx, cookie, [...path, 'httpCookie']);
  const ringSize = uint64(ch.minimumRingSize);
  if (ringSize !== undefined && ringSize !== 0) {
    ctx.report('DR016', [...path, 'minimumRingSize'], 'consistent hash MinimumRingSize is deprecated, use ConsistentHashLB\'s RingHash configuration instead', 'key');
    if (has(ch, 'ringHash') || has(ch, 'maglev')) ctx.report('DR017', [...path, 'minimumRingSize'], 'only one of MinimumRingSize or Maglev/Ringhash can be specified', 'key');
  }
  const maglev = obj(ch, 'maglev');
  if (!maglev) return;
  const size = uint64(maglev.tableSize) ?? 0;
  const at = has(maglev, 'tableSize') ? [...path, 'maglev', 'tableSize'] : [...path, 'maglev'];
  const target = has(maglev, 'tableSize') ? undefined : 'key';
  if (size === 0) ctx.report('DR017', at, 'tableSize must be set for maglev', target);
  if (size >= MAGLEV_LIMIT) ctx.report('DR017', at, `tableSize must be less than ${MAGLEV_LIMIT} for maglev`, target);
  if (!isPrime(size)) ctx.report('DR017', at, 'tableSize must be a prime number for maglev', target);
}

function checkWarmup(ctx: RuleContext, warm: Record<string, unknown>, path: Path): void {
  if (!has(warm, 'duration')) ctx.report('DR019', path, 'duration is required', 'key');
  else checkDuration(ctx, 'DR007', warm, 'duration', path);
  const min = num(warm, 'minimumPercent');
  if (min !== undefined && min > 100) ctx.report('DR019', [...path, 'minimumPercent'], 'minimumPercent value should be less than or equal to 100');
  const aggression = num(warm, 'aggression');
  if (aggression !== undefined && aggression <= 0) ctx.report('DR019', [...path, 'aggression'], 'aggression should be greater than 0');
}

/** Validate `loadBalancer` at `path`; `hasOutlier` tells whether the same policy sets outlierDetection. */
export function checkLoadBalancer(ctx: RuleContext, lb: unknown, hasOutlier: boolean, path: Path): void {
  if (!isObj(lb)) return;
  const ch = obj(lb, 'consistentHash');
  if (ch) checkConsistentHash(ctx, ch, [...path, 'consistentHash']);
  if (has(lb, 'localityLbSetting') && has(lb, 'zoneAwareLbSetting')) {
    ctx.report('DR018', [...path, 'zoneAwareLbSetting'], 'only one of localityLbSetting and zoneAwareLbSetting can be set', 'key');
  }
  checkLocalityLb(ctx, lb.localityLbSetting, hasOutlier, [...path, 'localityLbSetting']);
  checkZoneAwareLb(ctx, lb.zoneAwareLbSetting, hasOutlier, [...path, 'zoneAwareLbSetting']);
  const warm = obj(lb, 'warmup');
  if (warm) checkWarmup(ctx, warm, [...path, 'warmup']);
}
