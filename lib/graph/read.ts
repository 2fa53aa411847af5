/** Guarded access to unvalidated resource data: `spec` is unknown, so every read checks its type. */

export type Rec = Record<string, unknown>;

/** The value as a record, or undefined. */
export function rec(v: unknown): Rec | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Rec) : undefined;
}

/** The value as an array (empty when it is not one). */
export function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** The value as a string, or undefined. */
export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** The value as a finite number (numeric strings too, as YAML users write `port: "80"`), or undefined. */
export function num(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^\d+$/.test(v)) return Number(v);
  return undefined;
}

/** Strings of an array, skipping anything else. */
export function strs(v: unknown): string[] {
  return arr(v).filter((x): x is string => typeof x === 'string');
}

/** A string-to-scalar map as `k=v` pairs, sorted, e.g. a label selector. */
export function labelPairs(v: unknown): string[] {
  const r = rec(v);
  if (!r) return [];
  return Object.keys(r)
    .sort()
    .map((k) => `${k}=${String(r[k])}`);
}
