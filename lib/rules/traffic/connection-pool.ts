/** ConnectionPoolSettings checks (Istio `validateConnectionPool`). */
import { parseDuration } from '../common';
import { checkDuration, type Path, type RuleContext } from './context';
import { has, isObj, num, obj } from './values';

const HTTP_NON_NEGATIVE: [string, string][] = [
  ['http1MaxPendingRequests', 'http1 max pending requests must be non-negative'],
  ['http2MaxRequests', 'http2 max requests must be non-negative'],
  ['maxRequestsPerConnection', 'max requests per connection must be non-negative'],
  ['maxRetries', 'max retries must be non-negative'],
  ['maxConcurrentStreams', 'max concurrent streams must be non-negative'],
];

function checkHttp(ctx: RuleContext, http: Record<string, unknown>, path: Path): void {
  for (const [key, message] of HTTP_NON_NEGATIVE) {
    const v = num(http, key);
    if (v !== undefined && v < 0) ctx.report('DR012', [...path, key], message);
  }
  checkDuration(ctx, 'DR007', http, 'idleTimeout', path);
  const upgrade = http.h2UpgradePolicy === 'UPGRADE' || http.h2UpgradePolicy === 2;
  if (upgrade && http.useClientProtocol === true) {
    ctx.report('DR013', [...path, 'useClientProtocol'], 'use client protocol must not be true when H2UpgradePolicy is UPGRADE');
  }
  const ka = obj(http, 'http2KeepAlive');
  if (!ka) return;
  const kaPath = [...path, 'http2KeepAlive'];
  for (const key of ['interval', 'timeout']) {
    if (!has(ka, key)) ctx.report('DR014', kaPath, `http2 keepalive ${key} is required`, 'key');
    else checkDuration(ctx, 'DR007', ka, key, kaPath);
  }
}

function checkTcp(ctx: RuleContext, tcp: Record<string, unknown>, path: Path): void {
  const max = num(tcp, 'maxConnections');
  if (max !== undefined && max < 0) ctx.report('DR012', [...path, 'maxConnections'], 'max connections must be non-negative');
  checkDuration(ctx, 'DR007', tcp, 'connectTimeout', path);
  checkDuration(ctx, 'DR007', tcp, 'maxConnectionDuration', path);
  // NOTE: an idle timeout that truncates to 0ms means "disabled" and is exempt (Istio validateConnectionPool)
  const idle = typeof tcp.idleTimeout === 'string' ? parseDuration(tcp.idleTimeout) : undefined;
  if (idle !== undefined && idle / 1_000_000n !== 0n) checkDuration(ctx, 'DR007', tcp, 'idleTimeout', path);
  const ka = obj(tcp, 'tcpKeepalive');
  checkDuration(ctx, 'DR007', ka, 'time', [...path, 'tcpKeepalive']);
  checkDuration(ctx, 'DR007', ka, 'interval', [...path, 'tcpKeepalive']);
}

/** Validate `connectionPool` at `path`. */
export function checkConnectionPool(ctx: RuleContext, pool: unknown, path: Path): void {
  if (!isObj(pool)) return;
  const http = obj(pool, 'http');
  const tcp = obj(pool, 'tcp');
  if (!has(pool, 'http') && !has(pool, 'tcp')) {
    ctx.report('DR011', path, 'connection pool must have at least one field');
    return;
  }
  if (http) checkHttp(ctx, http, [...path, 'http']);
  if (tcp) checkTcp(ctx, tcp, [...path, 'tcp']);
}
