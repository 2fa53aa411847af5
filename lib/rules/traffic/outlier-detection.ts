/** OutlierDetection checks (Istio `validateOutlierDetection`). */
import { checkDuration, type Path, type RuleContext } from './context';
import { isObj, num, obj, has } from './values';

/** Validate `trafficPolicy.outlierDetection` at `path`. */
export function checkOutlierDetection(ctx: RuleContext, od: unknown, path: Path): void {
  if (!isObj(od)) return;
  checkDuration(ctx, 'DR007', od, 'baseEjectionTime', path);
  const consecutiveErrors = num(od, 'consecutiveErrors');
  if (consecutiveErrors !== undefined && consecutiveErrors !== 0) {
    ctx.report('DR008', [...path, 'consecutiveErrors'], 'outlier detection consecutive errors is deprecated, use consecutiveGatewayErrors or consecutive5xxErrors instead', 'key');
  }
  // a UInt32Value wrapper: `{value: n}` in proto JSON is written as a bare number
  const localOrigin = num(od, 'consecutiveLocalOriginFailures') ?? num(obj(od, 'consecutiveLocalOriginFailures'), 'value');
  if (od.splitExternalLocalOriginErrors !== true && localOrigin !== undefined && localOrigin > 0) {
    ctx.report('DR009', [...path, 'consecutiveLocalOriginFailures'], 'outlier detection consecutive local origin failures is specified, but split external local origin errors is set to false');
  }
  checkDuration(ctx, 'DR007', od, 'interval', path);
  for (const key of ['maxEjectionPercent', 'minHealthPercent']) {
    const v = num(od, key);
    if (has(od, key) && v !== undefined && (v < 0 || v > 100)) ctx.report('DR010', [...path, key], `percentage ${v} is not in range 0..100`);
  }
}
