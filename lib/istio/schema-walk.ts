/** Navigate the zod model by path: the schema of a field, the known keys of an object, whether a field is optional. */
import { z } from 'zod';
import type { PathSegment } from '../core/diagnostic';

/** Strip optional/nullable/default wrappers. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (;;) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodDefault) s = s.removeDefault() as z.ZodType;
    else return s;
  }
}

/** The schema at `path` under `root` (unwrapped), or undefined when the path leaves the model. */
export function schemaAt(root: z.ZodType, path: readonly PathSegment[]): z.ZodType | undefined {
  let s: z.ZodType | undefined = unwrap(root);
  for (const seg of path) {
    if (!s) return undefined;
    if (s instanceof z.ZodObject) s = (s.shape as Record<string, z.ZodType>)[String(seg)];
    else if (s instanceof z.ZodArray && typeof seg === 'number') s = s.element as z.ZodType;
    else if (s instanceof z.ZodRecord) s = s.valueType as z.ZodType;
    else return undefined;
    if (s) s = unwrap(s);
  }
  return s;
}

/** Field names of the object at `path`, or [] when it is not an object of the model. */
export function knownKeys(root: z.ZodType, path: readonly PathSegment[]): string[] {
  const s = schemaAt(root, path);
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}

/** Whether the field at `path` may be omitted (its parent object declares it optional). */
export function isOptionalField(root: z.ZodType, path: readonly PathSegment[]): boolean {
  if (path.length === 0) return false;
  const parent = schemaAt(root, path.slice(0, -1));
  if (!(parent instanceof z.ZodObject)) return true;
  const field = (parent.shape as Record<string, z.ZodType>)[String(path[path.length - 1])];
  return field === undefined || field instanceof z.ZodOptional;
}
