/** Form field descriptors derived from the zod model: what control each field gets, its label, help and options. */
import { z } from 'zod';
import { helpOf, labelOf } from './labels';

export type FieldKind = 'string' | 'number' | 'boolean' | 'enum' | 'object' | 'array' | 'map' | 'unknown';

export interface FieldDescriptor {
  /** Field name in its parent object ('' for the root, `[]` for array items, `{}` for map values). */
  key: string;
  label: string;
  /** Istio's description of the field. */
  help?: string;
  required: boolean;
  kind: FieldKind;
  /** Allowed values of an enum (or of a literal). */
  options?: readonly string[];
  /** Numbers: whether only integers are valid, and the bounds. */
  integer?: boolean;
  min?: number;
  max?: number;
  /** Objects: their fields in model order. */
  fields?: FieldDescriptor[];
  /** Objects: groups of which at most one field may be set (protobuf oneof). */
  exclusive?: string[][];
  /** Arrays: the item; maps: the value. */
  item?: FieldDescriptor;
}

/** Describe one field. `depth` guards against recursive schemas (none today, but zod allows them). */
export function describeField(schema: z.ZodType, key = '', required = true, depth = 0): FieldDescriptor {
  let s: z.ZodType = schema;
  let description = schema.description;
  let isRequired = required;
  for (;;) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault) {
      if (s instanceof z.ZodOptional) isRequired = false;
      s = (s instanceof z.ZodDefault ? s.removeDefault() : s.unwrap()) as z.ZodType;
    } else break;
    description ??= s.description;
  }
  description ??= s.description;
  const base = { key, label: labelOf(key), required: isRequired, ...(helpOf(description) ? { help: helpOf(description) } : {}) };
  if (depth > 12) return { ...base, kind: 'unknown' };
  // def.type, not instanceof: string formats (z.base64(), z.email()…) are not ZodString instances.
  const type = (s.def as { type: string }).type;
  if (type === 'string') return { ...base, kind: 'string' };
  if (type === 'boolean') return { ...base, kind: 'boolean' };
  if (s instanceof z.ZodNumber) {
    const n = s as z.ZodNumber & { isInt?: boolean; minValue?: number | null; maxValue?: number | null };
    return {
      ...base,
      kind: 'number',
      integer: Boolean(n.isInt),
      ...(Number.isFinite(n.minValue) ? { min: n.minValue! } : {}),
      ...(Number.isFinite(n.maxValue) ? { max: n.maxValue! } : {}),
    };
  }
  if (s instanceof z.ZodEnum) return { ...base, kind: 'enum', options: s.options.map(String) };
  if (s instanceof z.ZodLiteral) return { ...base, kind: 'enum', options: [...s.values].map(String) };
  if (s instanceof z.ZodArray) return { ...base, kind: 'array', item: describeField(s.element as z.ZodType, '[]', true, depth + 1) };
  if (s instanceof z.ZodRecord) return { ...base, kind: 'map', item: describeField(s.valueType as z.ZodType, '{}', true, depth + 1) };
  if (s instanceof z.ZodObject) {
    const shape = s.shape as Record<string, z.ZodType>;
    const fields = Object.entries(shape).map(([k, f]) => describeField(f, k, true, depth + 1));
    const groups = exclusiveGroups(s);
    return { ...base, kind: 'object', fields, ...(groups.length ? { exclusive: groups } : {}) };
  }
  return { ...base, kind: 'unknown' };
}

type Json = { oneOf?: Json[]; allOf?: Json[]; required?: string[] };

/** Read the "at most one of" groups the model records as JSON Schema `oneOf` metadata (see `exclusive()` in lib/istio). */
function exclusiveGroups(s: z.ZodType): string[][] {
  const meta = s.meta() as Json | undefined;
  if (!meta) return [];
  const one = (j: Json) => (j.oneOf ?? []).flatMap((o) => o.required ?? []);
  const groups = meta.allOf ? meta.allOf.map(one) : [one(meta)];
  return groups.filter((g) => g.length > 1);
}

/** The descriptor of the field at `key` among an object's fields. */
export function fieldOf(d: FieldDescriptor, key: string): FieldDescriptor | undefined {
  return d.fields?.find((f) => f.key === key);
}

/** Keys that are set in `value` but unknown to the descriptor (kept unchanged by every edit). */
export function unknownKeys(d: FieldDescriptor, value: unknown): string[] {
  if (d.kind !== 'object' || !value || typeof value !== 'object' || Array.isArray(value)) return [];
  const known = new Set(d.fields?.map((f) => f.key));
  return Object.keys(value).filter((k) => !known.has(k));
}
