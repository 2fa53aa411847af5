/** Durations (rules doc §1.7): Go `time.ParseDuration` syntax, Istio's `ValidateDuration`. */

const unitNanos: Record<string, bigint> = {
  ns: 1n,
  us: 1_000n,
  'µs': 1_000n,
  'μs': 1_000n,
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};
const MAX_NANOS = 2n ** 63n - 1n;
const segment = /^(\d*)(?:\.(\d*))?([a-zµμ]+)/;

/** Go's `time.ParseDuration` in nanoseconds; undefined when the string is not a duration. */
export function parseDuration(input: string): bigint | undefined {
  let s = input;
  let negative = false;
  if (s[0] === '-' || s[0] === '+') {
    negative = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0n;
  if (s === '') return undefined;
  let total = 0n;
  while (s !== '') {
    const m = segment.exec(s);
    if (!m) return undefined;
    const [all, whole = '', frac, unit = ''] = m;
    if (whole === '' && (frac === undefined || frac === '')) return undefined;
    const scale = unitNanos[unit];
    if (scale === undefined) return undefined;
    let nanos = BigInt(whole || '0') * scale;
    if (frac) nanos += (BigInt(frac) * scale) / 10n ** BigInt(frac.length);
    total += nanos;
    if (total > MAX_NANOS + (negative ? 1n : 0n)) return undefined;
    s = s.slice(all.length);
  }
  return negative ? -total : total;
}

/**
 * Istio's `ValidateDuration`: at least 1ms, whole milliseconds. An unparsable value never reaches Istio's validator
 * (decoding the resource fails first); it is reported here with Go's wording so it is not silently accepted.
 */
export function validateDuration(value: string): string | null {
  const nanos = parseDuration(value);
  if (nanos === undefined) return `time: invalid duration ${JSON.stringify(value)}`;
  if (nanos < 1_000_000n) return 'duration must be greater than 1ms';
  if (nanos % 1_000_000n !== 0n) return 'only durations to ms precision are supported';
  return null;
}

/** The CRD's CEL `duration(self) >= duration('1ms')`. */
export function validateCelMinDuration(value: string): string | null {
  const nanos = parseDuration(value);
  return nanos !== undefined && nanos < 1_000_000n ? 'must be a valid duration greater than 1ms' : null;
}
