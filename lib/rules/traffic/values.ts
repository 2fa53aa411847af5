/** Guarded reads of plain YAML data: rules never assume the structure pass succeeded. */

import { isDict, type Dict } from '../common';

export type Obj = Dict;

/** A plain mapping (not null, not a list). */
export const isObj = isDict;

/** The object at `key`, or undefined when absent, null or not an object. */
export function obj(parent: unknown, key: string): Obj | undefined {
  const v = isObj(parent) ? parent[key] : undefined;
  return isObj(v) ? v : undefined;
}

/** The list at `key`; [] when absent or not a list (proto3: an empty list is unset). */
export function list(parent: unknown, key: string): unknown[] {
  const v = isObj(parent) ? parent[key] : undefined;
  return Array.isArray(v) ? v : [];
}

/** The string at `key`, or undefined when absent or not a string. */
export function str(parent: unknown, key: string): string | undefined {
  const v = isObj(parent) ? parent[key] : undefined;
  return typeof v === 'string' ? v : undefined;
}

/** The finite number at `key`, or undefined. */
export function num(parent: unknown, key: string): number | undefined {
  const v = isObj(parent) ? parent[key] : undefined;
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** Whether `key` is set to a non-null value (proto message or wrapper presence). */
export function has(parent: unknown, key: string): boolean {
  return isObj(parent) && parent[key] !== undefined && parent[key] !== null;
}

/** Whether `key` holds a non-empty list (proto3 repeated field presence). */
export function hasItems(parent: unknown, key: string): boolean {
  return list(parent, key).length > 0;
}
