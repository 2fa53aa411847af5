/** Pure helpers of form controls: reading values by path, parsing inputs, turning user actions into edits. */
import { formatPath, type Diagnostic, type PathSegment } from '../core/diagnostic';
import type { IstioResource } from '../core/resource';
import type { FormEdit } from '../yaml/edit';
import type { FieldDescriptor } from './descriptor';

/** The value at `path` inside plain data, or undefined. */
export function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let v: unknown = root;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

export type Parsed = { ok: true; value: number | undefined } | { ok: false; message: string };

/** Parse a number input: '' is "not set"; integers only where the model says so; bounds are checked by validation. */
export function parseNumber(text: string, integer: boolean): Parsed {
  const t = text.trim();
  if (t === '') return { ok: true, value: undefined };
  const n = Number(t);
  if (!Number.isFinite(n)) return { ok: false, message: `"${t}" is not a number` };
  if (integer && !Number.isInteger(n)) return { ok: false, message: `"${t}" is not a whole number` };
  return { ok: true, value: n };
}

/** Edit paths are document paths: a `kind: List` item's basePath comes first. */
export function docPath(resource: Pick<IstioResource, 'basePath'>, path: readonly PathSegment[]): PathSegment[] {
  return [...resource.basePath, ...path];
}

/**
 * The edit that sets a field to `value`. Clearing (undefined or '') an optional field deletes its key,
 * rather than writing an empty value Istio would read differently.
 */
export function fieldEdit(resource: IstioResource, path: readonly PathSegment[], value: unknown, required: boolean): FormEdit {
  const p = docPath(resource, path);
  if (value === undefined || (value === '' && !required)) return { op: 'delete', document: resource.document, path: p };
  return { op: 'set', document: resource.document, path: p, value };
}

/** Remove item `index` of the list at `path`; removing the last item of an optional list removes the list. */
export function removeItemEdit(resource: IstioResource, path: readonly PathSegment[], index: number, length: number, required: boolean): FormEdit {
  if (length <= 1 && !required) return { op: 'delete', document: resource.document, path: docPath(resource, path) };
  return { op: 'delete', document: resource.document, path: docPath(resource, [...path, index]) };
}

/** Rename a map key keeping the entries' order (one edit: the map is rewritten). */
export function renameKeyEdit(resource: IstioResource, path: readonly PathSegment[], map: Record<string, unknown>, from: string, to: string): FormEdit | undefined {
  if (from === to || to === '' || Object.prototype.hasOwnProperty.call(map, to)) return undefined;
  const next = Object.fromEntries(Object.entries(map).map(([k, v]) => [k === from ? to : k, v]));
  return { op: 'set', document: resource.document, path: docPath(resource, path), value: next };
}

/** A fresh, minimal value for a new list item or map entry: required fields get their type's empty value. */
export function newValue(d: FieldDescriptor): unknown {
  switch (d.kind) {
    case 'string':
      return '';
    case 'number':
      return d.min !== undefined && d.min > 0 ? d.min : 0;
    case 'boolean':
      return false;
    case 'enum':
      return d.options?.[0] ?? '';
    case 'array':
      return [];
    case 'map':
      return {};
    case 'object':
      return Object.fromEntries((d.fields ?? []).filter((f) => f.required).map((f) => [f.key, newValue(f)]));
    default:
      return '';
  }
}

/** A map key not yet used: `key`, `key-2`, … */
export function freshKey(map: Record<string, unknown> | undefined, base = 'key'): string {
  if (!map || !(base in map)) return base;
  let i = 2;
  while (`${base}-${i}` in map) i++;
  return `${base}-${i}`;
}

/** Diagnostics addressed to exactly this field (paths as the pipeline formats them, relative to the resource). */
export function diagnosticsAt(diagnostics: readonly Diagnostic[], path: readonly PathSegment[]): Diagnostic[] {
  const p = formatPath(path);
  return diagnostics.filter((d) => d.path === p);
}

/** Diagnostics pointing at this field or inside it. */
export function diagnosticsUnder(diagnostics: readonly Diagnostic[], path: readonly PathSegment[]): Diagnostic[] {
  const p = formatPath(path);
  return diagnostics.filter((d) => d.path === p || d.path.startsWith(`${p}.`) || d.path.startsWith(`${p}[`));
}

/** How many diagnostics point inside this field (shown on collapsed groups). */
export function countUnder(diagnostics: readonly Diagnostic[], path: readonly PathSegment[]): number {
  return diagnosticsUnder(diagnostics, path).length;
}

/** A one-line summary of a list item for its collapsed header: its first few scalar values. */
export function summarize(value: unknown, max = 3): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.map((v) => summarize(v, 1)).filter(Boolean).slice(0, max).join(', ');
  const parts: string[] = [];
  for (const v of Object.values(value)) {
    const s = typeof v === 'object' && v !== null ? summarize(v, 1) : v === undefined ? '' : String(v);
    if (s) parts.push(s);
    if (parts.length >= max) break;
  }
  return parts.join(' · ');
}
