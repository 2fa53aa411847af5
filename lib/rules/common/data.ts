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

/** Whether a proto field is "set": present and not its zero value (proto3 semantics; a message, even `{}`, is set). */
export function isSet(v: unknown): boolean {
  if (v === undefined || v === null || v === '' || v === 0 || v === false) return false;
  if (Array.isArray(v)) return v.length > 0;
  return true;
}
