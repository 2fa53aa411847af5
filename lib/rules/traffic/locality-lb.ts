/** LocalityLoadBalancerSetting and ZoneAwareLoadBalancerSetting checks (Istio agent `ValidateLocalityLbSetting`, `ValidateZoneAwareLbSetting`). */
import type { Path, RuleContext } from './context';
import { isObj, list, obj, str } from './values';

const TOPOLOGY_LABELS = new Set(['topology.kubernetes.io/region', 'topology.kubernetes.io/zone', 'topology.istio.io/subzone']);

interface LocalityRef {
  locality: string;
  path: Path;
  target?: 'key';
}

/** Istio `validateLocalities`: the first wildcard, empty-segment or overlap problem of a locality list. */
function localityError(localities: readonly LocalityRef[]): { ref: LocalityRef; message: string } | undefined {
  // region → zone → subzones; '*' stands for "everything below"
  const seen = new Map<string, Map<string, Set<string>>>();
  for (const ref of localities) {
    const loc = ref.locality;
    const stars = loc.split('*').length - 1;
    if (stars > 1 || (stars === 1 && !loc.endsWith('*'))) return { ref, message: `locality ${loc} wildcard '*' number can not exceed 1 and must be in the end` };
    const overlap = { ref, message: `locality ${loc} overlap with previous specified ones` };
    if (seen.has('*')) return overlap;
    const items = splitN(loc, '/', 3);
    if (items.some((i) => i === '')) return { ref, message: `locality ${loc} must not contain empty region/zone/subzone info` };
    const [region, zone, subzone] = items as [string, string?, string?];
    const zones = seen.get(region);
    if (zone === undefined) {
      if (zones) return overlap;
      seen.set(region, new Map([['*', new Set(['*'])]]));
    } else if (!zones) {
      seen.set(region, new Map([[zone, new Set([subzone ?? '*'])]]));
    } else {
      if (zones.has('*')) return overlap;
      const subzones = zones.get(zone);
      if (subzone === undefined) {
        if (subzones) return overlap;
        zones.set(zone, new Set(['*']));
      } else if (!subzones) {
        zones.set(zone, new Set([subzone]));
      } else {
        if (subzones.has('*') || subzones.has(subzone)) return overlap;
        subzones.add(subzone);
      }
    }
  }
  return undefined;
}

/** Go strings.SplitN. */
function splitN(s: string, sep: string, n: number): string[] {
  const parts = s.split(sep);
  return parts.length <= n ? parts : [...parts.slice(0, n - 1), parts.slice(n - 1).join(sep)];
}

function reportLocalities(ctx: RuleContext, refs: LocalityRef[]): void {
  const err = localityError(refs);
  if (err) ctx.report('DR020', err.ref.path, err.message, err.ref.target);
}

/** Istio: distribute weights per entry must be 1..100 and sum to 100; the first problem stops the check. */
function checkDistribute(ctx: RuleContext, distribute: unknown[], path: Path): boolean {
  const sources: LocalityRef[] = [];
  for (let i = 0; i < distribute.length; i++) {
    const entry = distribute[i];
    const from = str(entry, 'from') ?? '';
    sources.push({ locality: from, path: [...path, i, 'from'] });
    const to = obj(entry, 'to') ?? {};
    const toPath = [...path, i, 'to'];
    let total = 0;
    const dests: LocalityRef[] = [];
    for (const [loc, weight] of Object.entries(to)) {
      dests.push({ locality: loc, path: [...toPath, loc], target: 'key' });
      if (typeof weight !== 'number') continue;
      if (weight <= 0 || weight > 100) {
        ctx.report('DR020', [...toPath, loc], 'locality weight must be in range [1, 100]');
        return false;
      }
      total += weight;
    }
    if (total !== 100) {
      ctx.report('DR020', toPath, `total locality weight ${total} != 100`, 'key');
      return false;
    }
    reportLocalities(ctx, dests);
  }
  reportLocalities(ctx, sources);
  return true;
}

function checkFailover(ctx: RuleContext, failover: unknown[], path: Path, zoneAware: boolean): void {
  const code = zoneAware ? 'DR022' : 'DR020';
  const kind = zoneAware ? 'zone aware lb' : 'locality lb';
  failover.forEach((f, i) => {
    if (!isObj(f)) return;
    const from = str(f, 'from') ?? '';
    const to = str(f, 'to') ?? '';
    const at = [...path, i];
    if (from === to) ctx.report(code, at, `${kind} failover settings must specify different regions`);
    if (from.includes('/') || to.includes('/')) {
      ctx.report(code, at, zoneAware ? 'zone aware lb failover only specifies region; zone and subzone failover are handled automatically' : 'locality lb failover only specify region');
    }
    if (from.includes('*') || to.includes('*')) ctx.report(code, at, `${kind} failover region should not contain '*' wildcard`);
  });
}

function warnNoOutlier(ctx: RuleContext, lb: Record<string, unknown>, hasOutlier: boolean, path: Path): void {
  if (hasOutlier) return;
  if (list(lb, 'failover').length > 0 || list(lb, 'failoverPriority').length > 0) {
    ctx.report('DR021', path, 'outlier detection policy must be provided for failover', 'key');
  }
}

/** Validate `loadBalancer.localityLbSetting` at `path`. */
export function checkLocalityLb(ctx: RuleContext, lb: unknown, hasOutlier: boolean, path: Path): void {
  if (!isObj(lb)) return;
  const distribute = list(lb, 'distribute');
  const failover = list(lb, 'failover');
  const priority = list(lb, 'failoverPriority');
  if (distribute.length > 0 && failover.length > 0) {
    ctx.report('DR020', path, "can not simultaneously specify 'distribute' and 'failover'", 'key');
    return;
  }
  if (failover.length > 0) {
    const i = priority.findIndex((l) => typeof l === 'string' && TOPOLOGY_LABELS.has(l));
    if (i >= 0) {
      ctx.report('DR020', [...path, 'failoverPriority', i], `can not simultaneously set 'failover' and topology label '${priority[i] as string}' in 'failover_priority'`);
      return;
    }
  }
  if (!checkDistribute(ctx, distribute, [...path, 'distribute'])) return;
  warnNoOutlier(ctx, lb, hasOutlier, path);
  checkFailover(ctx, failover, [...path, 'failover'], false);
}

/** Validate `loadBalancer.zoneAwareLbSetting` at `path`. */
export function checkZoneAwareLb(ctx: RuleContext, lb: unknown, hasOutlier: boolean, path: Path): void {
  if (!isObj(lb)) return;
  list(lb, 'failoverPriority').forEach((l, i) => {
    if (typeof l === 'string' && TOPOLOGY_LABELS.has(l)) {
      ctx.report('DR022', [...path, 'failoverPriority', i], `'failover_priority' for zone aware lb must not use topology label '${l}'; region- and zone-level routing are handled automatically`);
    }
  });
  warnNoOutlier(ctx, lb, hasOutlier, path);
  checkFailover(ctx, list(lb, 'failover'), [...path, 'failover'], true);
}
