import { describe, expect, it } from 'vitest';
import { drFindings } from './testing';

const err = (code: string, message: string, line: number, text: string) => ({ code, severity: 'error', message, line, text });
const outlier = (body: string) => drFindings(`  host: r\n  trafficPolicy:\n    outlierDetection:\n${body}`);

describe('outlierDetection (DR007–DR010)', () => {
  it('accepts millisecond durations, percentages in range, and local-origin splitting', () => {
    expect(outlier('      interval: 1.5s\n      baseEjectionTime: 30s\n      maxEjectionPercent: 100\n      minHealthPercent: 0\n')).toEqual([]);
    expect(outlier('      splitExternalLocalOriginErrors: true\n      consecutiveLocalOriginFailures: 3\n')).toEqual([]);
  });
  it('rejects sub-millisecond durations', () => {
    expect(outlier('      interval: 0.5ms\n      baseEjectionTime: 1.0000001s\n')).toEqual([
      err('DR007', 'duration must be greater than 1ms', 10, '0.5ms'),
      err('DR007', 'only durations to ms precision are supported', 11, '1.0000001s'),
    ]);
  });
  it('warns about the deprecated consecutiveErrors at its key', () => {
    expect(outlier('      consecutiveErrors: 7\n')).toEqual([
      { code: 'DR008', severity: 'warning', message: 'outlier detection consecutive errors is deprecated, use consecutiveGatewayErrors or consecutive5xxErrors instead', line: 10, text: 'consecutiveErrors' },
    ]);
  });
  it('needs splitExternalLocalOriginErrors for local-origin failures', () => {
    expect(outlier('      consecutiveLocalOriginFailures: 3\n')).toEqual([
      err('DR009', 'outlier detection consecutive local origin failures is specified, but split external local origin errors is set to false', 10, '3'),
    ]);
  });
  it('rejects percentages outside 0..100', () => {
    expect(outlier('      maxEjectionPercent: 120\n      minHealthPercent: -5\n')).toEqual([
      err('DR010', 'percentage 120 is not in range 0..100', 10, '120'),
      err('DR010', 'percentage -5 is not in range 0..100', 11, '-5'),
    ]);
  });
});
