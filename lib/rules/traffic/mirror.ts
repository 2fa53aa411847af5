/** Traffic mirroring checks of an http route: deprecated mirrorPercent, mirrorPercentage, mirror and mirrors. */
import type { Path, RuleContext } from './context';
import { checkDestination } from './destination';
import { goFixed } from './go-format';
import { has, isObj, list, num, obj } from './values';

function checkPercentRange(ctx: RuleContext, value: number | undefined, path: Path, name: string): void {
  if (value === undefined) return;
  if (value > 100) ctx.report('VS024', path, `${name} must have a max value of 100 (it has ${goFixed(value)})`);
  if (value < 0) ctx.report('VS024', path, `${name} must have a min value of 0 (it has ${goFixed(value)})`);
}

/** Validate the mirroring fields of an http route at `path`. */
export function checkMirroring(ctx: RuleContext, route: Record<string, unknown>, path: Path): void {
  if (has(route, 'mirrorPercent')) {
    // a UInt32Value wrapper, written as a bare number
    const value = num(route, 'mirrorPercent') ?? num(obj(route, 'mirrorPercent'), 'value');
    if (value !== undefined && value > 100) ctx.report('VS024', [...path, 'mirrorPercent'], `mirror_percent must have a max value of 100 (it has ${value})`);
    ctx.report('VS025', [...path, 'mirrorPercent'], 'using deprecated setting "mirrorPercent", use "mirrorPercentage" instead', 'key');
  }
  checkPercentRange(ctx, num(obj(route, 'mirrorPercentage'), 'value'), [...path, 'mirrorPercentage', 'value'], 'mirror_percentage');
  checkDestination(ctx, route.mirror, [...path, 'mirror']);
  list(route, 'mirrors').forEach((m, i) => {
    const at = [...path, 'mirrors', i];
    if (!isObj(m)) {
      if (m === null) ctx.report('VS039', at, 'mirror cannot be null');
      return;
    }
    if (!has(m, 'destination')) {
      ctx.report('VS039', at, 'destination is required for mirrors');
      return;
    }
    checkDestination(ctx, m.destination, [...at, 'destination']);
    checkPercentRange(ctx, num(obj(m, 'percentage'), 'value'), [...at, 'percentage', 'value'], 'mirror percentage');
  });
}
