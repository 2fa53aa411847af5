/** Help for one field of a kind — Istio's description, type, enum values, required — for hover and form labels. */
import { z } from 'zod';
import type { PathSegment } from '../core/diagnostic';
import type { IstioKind } from '../core/resource';
import { getDescriptor } from './registry';
import { unwrap } from './schema-walk';

export interface FieldDoc {
  /** Istio's description from the CRD (absent where the CRD has none). */
  description?: string;
  /** 'string' | 'integer' | 'number' | 'boolean' | 'list' | 'map' | 'object' | 'enum' | 'unknown'. */
  type: string;
  enumValues?: string[];
  required: boolean;
  /** Whether `null` is accepted (protobuf wrapper types). */
  nullable: boolean;
  /** Field names, when the field is an object. */
  fields?: string[];
}

function typeName(s: z.ZodType): string {
  if (s instanceof z.ZodString) return 'string';
  if (s instanceof z.ZodNumber) return s.isInt ? 'integer' : 'number';
  if (s instanceof z.ZodBoolean) return 'boolean';
  if (s instanceof z.ZodEnum || s instanceof z.ZodLiteral) return 'enum';
  if (s instanceof z.ZodArray) return 'list';
  if (s instanceof z.ZodRecord) return 'map';
  if (s instanceof z.ZodObject) return 'object';
  return 'unknown';
}

/** The doc of the field at `path` of a `kind` resource (e.g. ['spec','ports',0,'protocol']); undefined off the model. */
export function fieldDoc(kind: IstioKind, path: readonly PathSegment[]): FieldDoc | undefined {
  let wrapped: z.ZodType = getDescriptor(kind).schema;
  let required = true;
  for (const seg of path) {
    const s = unwrap(wrapped);
    let next: z.ZodType | undefined;
    if (s instanceof z.ZodObject) {
      next = (s.shape as Record<string, z.ZodType>)[String(seg)];
      required = next !== undefined && !(next instanceof z.ZodOptional);
    } else if (s instanceof z.ZodArray && typeof seg === 'number') {
      next = s.element as z.ZodType;
      required = false;
    } else if (s instanceof z.ZodRecord) {
      next = s.valueType as z.ZodType;
      required = false;
    }
    if (!next) return undefined;
    wrapped = next;
  }
  const inner = unwrap(wrapped);
  const description = wrapped.description ?? inner.description;
  const doc: FieldDoc = { type: typeName(inner), required, nullable: wrapped.safeParse(null).success };
  if (description) doc.description = description;
  if (inner instanceof z.ZodEnum) doc.enumValues = inner.options.map(String);
  if (inner instanceof z.ZodObject) doc.fields = Object.keys(inner.shape);
  return doc;
}
