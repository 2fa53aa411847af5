/** Guards for reading plain resource data: `spec` is unknown, so every access is checked and nothing throws. */

export type Obj = Record<string, unknown>;

/** The value when it is a plain object, else undefined. */
export function obj(v: unknown): Obj | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : undefined;
}

/** The value when it is an array, else an empty array. */
export function arr(v: unknown): readonly unknown[] {
  return Array.isArray(v) ? v : [];
}

/** The value when it is a non-empty string, else undefined. */
export function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** Strings of an array, with their indices (non-strings skipped: the structure pass reports them). */
export function strings(v: unknown): { value: string; index: number }[] {
  const out: { value: string; index: number }[] = [];
  arr(v).forEach((x, index) => {
    if (typeof x === 'string' && x !== '') out.push({ value: x, index });
  });
  return out;
}

/** A port number from a number or a numeric string, else undefined. */
export function portNumber(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'string' && /^\d+$/.test(v)) return Number(v);
  return undefined;
}

/** `spec` of a resource as an object (empty when missing or malformed). */
export function specOf(r: { spec: unknown }): Obj {
  return obj(r.spec) ?? {};
}
