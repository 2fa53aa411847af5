/** CorsPolicy checks (Istio `validateCORSPolicy`). */
import { goQuote, parseDuration, validateDuration } from '../common';
import type { Path, RuleContext } from './context';
import { validateCorsHeaderName } from './headers';
import { checkStringMatch } from './string-match';
import { isObj, list, str } from './values';

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', '*']);

function checkOrigins(ctx: RuleContext, origins: unknown[], path: Path): void {
  origins.forEach((origin, i) => {
    if (!isObj(origin)) return;
    const value = str(origin, 'exact') ?? str(origin, 'prefix') ?? str(origin, 'regex') ?? '';
    if (value === '') ctx.report('VS022', [...path, i], `'' is not a valid match type for CORS allow origins`);
    else checkStringMatch(ctx, 'VS022', origin, 'corsPolicy.allowOrigins', [...path, i], true);
  });
}

/** Validate `corsPolicy` at `path`. */
export function checkCors(ctx: RuleContext, policy: unknown, path: Path): void {
  if (!isObj(policy)) return;
  checkOrigins(ctx, list(policy, 'allowOrigins'), [...path, 'allowOrigins']);
  list(policy, 'allowMethods').forEach((m, i) => {
    if (typeof m === 'string' && !METHODS.has(m)) ctx.report('VS022', [...path, 'allowMethods', i], `${goQuote(m)} is not a supported HTTP method`);
  });
  for (const key of ['allowHeaders', 'exposeHeaders']) {
    list(policy, key).forEach((h, i) => {
      const err = typeof h === 'string' ? validateCorsHeaderName(h) : undefined;
      if (err) ctx.report('VS022', [...path, key, i], err);
    });
  }
  const maxAge = str(policy, 'maxAge');
  if (maxAge === undefined) return;
  const at = [...path, 'maxAge'];
  const err = validateDuration(maxAge);
  if (err) ctx.report('VS033', at, err);
  const ns = parseDuration(maxAge);
  // protobuf Duration.nanos > 0: a positive duration with a fractional second
  if (ns !== undefined && ns > 0n && ns % 1_000_000_000n !== 0n) ctx.report('VS022', at, 'max_age duration is accurate only to seconds precision');
}
