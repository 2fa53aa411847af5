import { describe, expect, it } from 'vitest';
import { drFindings } from './testing';

const err = (code: string, message: string, line: number, text: string) => ({ code, severity: 'error', message, line, text });
const pool = (body: string) => drFindings(`  host: r\n  trafficPolicy:\n    connectionPool:\n${body}`);

describe('connectionPool (DR011–DR014)', () => {
  it('accepts tcp and http settings', () => {
    expect(pool('      tcp:\n        maxConnections: 0\n        connectTimeout: 30ms\n        idleTimeout: 0s\n      http:\n        maxRetries: 3\n        h2UpgradePolicy: UPGRADE\n')).toEqual([]);
  });
  it('rejects an empty pool', () => {
    expect(drFindings('  host: r\n  trafficPolicy:\n    connectionPool: {}\n')).toEqual([err('DR011', 'connection pool must have at least one field', 9, '{}')]);
  });
  it('rejects negative limits', () => {
    expect(pool('      tcp:\n        maxConnections: -1\n      http:\n        http2MaxRequests: -2\n        maxConcurrentStreams: -3\n')).toEqual([
      err('DR012', 'max connections must be non-negative', 11, '-1'),
      err('DR012', 'http2 max requests must be non-negative', 13, '-2'),
      err('DR012', 'max concurrent streams must be non-negative', 14, '-3'),
    ]);
  });
  it('rejects useClientProtocol with UPGRADE', () => {
    expect(pool('      http:\n        h2UpgradePolicy: UPGRADE\n        useClientProtocol: true\n')).toEqual([
      err('DR013', 'use client protocol must not be true when H2UpgradePolicy is UPGRADE', 12, 'true'),
    ]);
  });
  it('needs both keepalive durations', () => {
    expect(pool('      http:\n        http2KeepAlive:\n          timeout: 5s\n')).toEqual([err('DR014', 'http2 keepalive interval is required', 11, 'http2KeepAlive')]);
  });
  it('checks tcp durations except a disabled idle timeout', () => {
    expect(pool('      tcp:\n        idleTimeout: 0.5ms\n        maxConnectionDuration: 0s\n        tcpKeepalive:\n          time: 1.0001s\n')).toEqual([
      err('DR007', 'duration must be greater than 1ms', 12, '0s'),
      err('DR007', 'only durations to ms precision are supported', 14, '1.0001s'),
    ]);
  });
});
