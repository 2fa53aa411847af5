/** Guards for reading plain data: rules never assume the structure pass succeeded. */

export type Dict = Record<string, unknown>;

/** A plain mapping (not null, not an array). */
export function isDict(v: unknown): v is Dict {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The value as a mapping, or undefined. */
export function dict(v: unknown): Dict | undefined {
  return isDict(v) ? v : undefined;
}

/** The value as an array, or an empty array when it is anything else. */
export function list(v: unknown): readonly unknown[] {
  return Array.isArray(v) ? v : [];
}

/** The value as a string, or undefined. */
export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** The value as a finite number, or undefined. */
export function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
