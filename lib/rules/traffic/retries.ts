/** HTTPRetry checks (Istio agent `ValidateHTTPRetry`). */
import { goQuote, isGoInt } from '../common';
import { checkDuration, type Path, type RuleContext } from './context';
import { has, isObj, num, str } from './values';

const RETRY_ON = new Set([
  '5xx', 'gateway-error', 'reset', 'reset-before-request', 'connect-failure', 'retriable-4xx', 'refused-stream', 'retriable-status-codes',
  'retriable-headers', 'envoy-ratelimited', 'http3-post-connect-failure', 'cancelled', 'deadline-exceeded', 'internal', 'resource-exhausted', 'unavailable',
]);

/** Status codes Go's net/http.StatusText knows. */
const HTTP_STATUS = new Set([
  100, 101, 102, 103, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304, 305, 307, 308,
  400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 421, 422, 423, 424, 425, 426, 428, 429, 431, 451,
  500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511,
]);

function isRetryOnPolicy(policy: string): boolean {
  return RETRY_ON.has(policy) || (isGoInt(policy) && HTTP_STATUS.has(Number(policy)));
}

/** Validate `retries` at `path`. */
export function checkRetries(ctx: RuleContext, retries: unknown, path: Path): void {
  if (!isObj(retries)) return;
  const attempts = num(retries, 'attempts') ?? 0;
  const retryOn = str(retries, 'retryOn') ?? '';
  if (attempts < 0) ctx.report('VS030', [...path, 'attempts'], 'attempts cannot be negative');
  if (attempts === 0 && (has(retries, 'perTryTimeout') || retryOn !== '' || has(retries, 'retryRemoteLocalities'))) {
    ctx.report('VS030', has(retries, 'attempts') ? [...path, 'attempts'] : path, 'http retry policy configured when attempts are set to 0 (disabled)', has(retries, 'attempts') ? undefined : 'key');
  }
  checkDuration(ctx, 'VS033', retries, 'perTryTimeout', path);
  if (retryOn !== '') {
    for (const policy of retryOn.split(',')) {
      if (!isRetryOnPolicy(policy)) ctx.report('VS030', [...path, 'retryOn'], `${goQuote(policy)} is not a valid retryOn policy`);
    }
  }
  checkDuration(ctx, 'VS033', retries, 'backoff', path);
}
