/**
 * Building blocks shared by the five kinds: the value types of Istio's CRD structural schema
 * (uint32, int32, maps, "at most one of" groups) and messages used by several kinds.
 */
import './zod-config';
import { z } from 'zod';

/** `type: integer, minimum: 0, maximum: 4294967295` (protobuf uint32). */
export const uint32 = () => z.uint32();

/** `type: integer, format: int32`. */
export const int32 = () => z.int32();

/** `type: integer, minimum: 0` (protobuf uint64; JSON numbers stop at 2^53, which is plenty). */
export const uint64 = () => z.int().min(0);

/** `type: number, format: double`. */
export const double = () => z.number();

/** A protobuf Duration: a string such as `5s` or `1m30s` (its syntax is checked by the Istio rules pass). */
export const duration = () => z.string();

/** `type: array, items: string`. */
export const stringList = () => z.array(z.string());

/** A map of string values (`additionalProperties: {type: string}`). */
export const stringMap = (value: z.ZodString = z.string()) => z.record(z.string(), value);

/** A map with the CRD's `maxProperties`; zod records have no such check, so it is added here. */
export function boundedMap<V extends z.ZodType>(value: V, maxProperties: number) {
  return z
    .record(z.string(), value)
    .superRefine((m, ctx) => {
      const n = Object.keys(m).length;
      if (n > maxProperties) {
        ctx.addIssue({ code: 'too_big', origin: 'object', maximum: maxProperties, inclusive: true, input: m, message: `at most ${maxProperties} entries are allowed, found ${n}` });
      }
    })
    .meta({ maxProperties });
}

/** The CRD's encoding of a protobuf `oneof`: none or exactly one of `keys` present. */
function oneOfJson(keys: readonly string[]) {
  return { oneOf: [{ not: { anyOf: keys.map((k) => ({ required: [k] })) } }, ...keys.map((k) => ({ required: [k] }))] };
}

/** Issue params marking an "at most one of" violation, read by the structure pass. */
export interface ExclusiveParams {
  exclusive: string[];
}

/**
 * Mark groups of fields of which at most one may be set (protobuf `oneof`), as the CRD does with
 * `oneOf` (one group) or `allOf` of `oneOf`s (several groups).
 */
export function exclusive<T extends z.ZodObject>(schema: T, ...groups: (readonly string[])[]): T {
  const json = groups.length === 1 ? oneOfJson(groups[0]!) : { allOf: groups.map(oneOfJson) };
  return schema
    .superRefine((value, ctx) => {
      const v = value as Record<string, unknown>;
      for (const group of groups) {
        const set = group.filter((k) => v[k] !== undefined);
        if (set.length > 1) {
          const params: ExclusiveParams = { exclusive: set };
          ctx.addIssue({ code: 'custom', path: [set[1]!], params, input: v, message: `only one of ${group.join(', ')} may be set` });
        }
      }
    })
    .meta(json) as T;
}

/** `workloadSelector.labels` of ServiceEntry and Gateway-like selectors: label values at most 63 characters. */
export const selectorLabels = () => boundedMap(z.string().max(63), 256);
