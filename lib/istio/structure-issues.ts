/** Turn zod issues into structure findings with stable codes (STR0xx) and messages a platform engineer can act on. */
import { z } from 'zod';
import type { PathSegment } from '../core/diagnostic';
import type { Finding } from '../core/finding';
import type { IstioResource } from '../core/resource';
import type { ExclusiveParams } from './kinds/common';
import { isOptionalField, knownKeys, schemaAt } from './schema-walk';
import { suggestKey } from './suggest';

/** What a finding needs besides code, message, path: the resource, and the schema `data` was parsed with. */
export interface IssueContext {
  resource: IstioResource;
  kind: string;
  /** Schema of `data`; paths of issues are relative to it. */
  schema: z.ZodType;
  data: unknown;
  /** Where `data` sits in the resource, e.g. ['spec']. */
  prefix: PathSegment[];
  docsUrl?: string;
}

type Draft = Pick<Finding, 'severity' | 'code' | 'message'> & { path: PathSegment[]; target?: 'key' | 'value' };

/** Value of `data` at `path`, or undefined. */
export function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let v = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg as string];
  }
  return v;
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  record: 'a mapping',
  null: 'null',
};

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  // NOTE: `1e400` parses to Infinity: say what the user wrote is, not what JavaScript made of it
  if (typeof v === 'number' && !Number.isFinite(v)) return Number.isNaN(v) ? 'not a number (.nan)' : 'a number too large to represent';
  if (typeof v === 'number') return Number.isInteger(v) ? `the number ${v}` : `the fraction ${v}`;
  return String(v);
}

/** `"hosts"`, or `"addresses[0]"` for a list item: the last key and any indices after it. */
function fieldName(path: readonly PathSegment[]): string {
  let i = path.length;
  while (i > 0 && typeof path[i - 1] === 'number') i--;
  if (i === 0) return 'value';
  return `"${String(path[i - 1])}${path.slice(i).map((n) => `[${n}]`).join('')}"`;
}

function plural(n: number, what: string) {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}

/** The findings (usually one) for one zod issue. */
export function draftsFor(issue: z.core.$ZodIssue, ctx: IssueContext): Draft[] {
  const path = issue.path as PathSegment[];
  const value = valueAt(ctx.data, path);
  const name = fieldName([...ctx.prefix, ...path]);
  // an empty value (`hosts:`) fails as a wrong type, or as an invalid enum value
  if (value === null && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    if (!isOptionalField(ctx.schema, path)) return [{ severity: 'error', code: 'STR003', message: `required field ${name} has no value`, path }];
    return [{ severity: 'warning', code: 'STR010', message: `${name} has no value, so Kubernetes drops it`, path, target: 'key' }];
  }
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeys(ctx.schema, path);
      return issue.keys.map((key) => {
        const hint = suggestKey(key, known);
        const message = hint ? `unknown field "${key}"; did you mean "${hint}"?` : `unknown field "${key}": not in the ${ctx.kind} schema`;
        return { severity: 'warning' as const, code: 'STR004', message, path: [...path, key], target: 'key' as const };
      });
    }
    case 'invalid_type': {
      if (value === undefined) return [{ severity: 'error', code: 'STR003', message: `missing required field ${name}`, path }];
      const s = schemaAt(ctx.schema, path);
      const whole = s instanceof z.ZodNumber && s.isInt;
      const expected = whole ? EXPECTED.int! : (EXPECTED[issue.expected] ?? issue.expected);
      // a quoted number (`number: "443"`) is the usual cause
      const unquote = issue.expected === 'number' && typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)) ? '; remove the quotes' : '';
      const message = `${name} must be ${expected}, not ${describeValue(value)}${unquote}`;
      return [{ severity: 'error', code: 'STR001', message, path, target: 'key' }];
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      const upper = typeof value === 'string' ? values.find((v) => v === value.toUpperCase()) : undefined;
      const message = `value ${JSON.stringify(value)} is not one of ${values.join(', ')}${upper ? `; did you mean "${upper}"?` : ''}`;
      return [{ severity: 'error', code: 'STR002', message, path }];
    }
    case 'too_big':
    case 'too_small':
      return [rangeDraft(issue, path, name, value, ctx)];
    case 'invalid_format':
      return [{ severity: 'error', code: 'STR011', message: `${name} must be ${issue.format === 'base64' ? 'base64-encoded' : `a valid ${issue.format}`}`, path }];
    case 'custom': {
      const params = issue.params as ExclusiveParams | undefined;
      if (params?.exclusive) {
        const message = `${issue.message}; found ${params.exclusive.map((k) => `"${k}"`).join(' and ')}`;
        return [{ severity: 'error', code: 'STR008', message, path, target: 'key' }];
      }
      return [{ severity: 'error', code: 'STR001', message: issue.message, path }];
    }
    default:
      return [{ severity: 'error', code: 'STR001', message: `${name}: ${issue.message}`, path, target: 'key' }];
  }
}

function rangeDraft(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall, path: PathSegment[], name: string, value: unknown, ctx: IssueContext): Draft {
  const big = issue.code === 'too_big';
  const bound = Number(big ? (issue as z.core.$ZodIssueTooBig).maximum : (issue as z.core.$ZodIssueTooSmall).minimum);
  if (issue.origin === 'number' || issue.origin === 'int') {
    const s = schemaAt(ctx.schema, path) as { minValue?: number | null; maxValue?: number | null } | undefined;
    const lo = s?.minValue;
    const hi = s?.maxValue;
    const range = lo != null && hi != null && Number.isFinite(lo) && Number.isFinite(hi) ? `${lo} to ${hi}` : big ? `at most ${bound}` : `at least ${bound}`;
    return { severity: 'error', code: 'STR005', message: `${name} is out of range: ${String(value)} is not ${range}`, path };
  }
  const size = Array.isArray(value) ? value.length : typeof value === 'string' ? value.length : value && typeof value === 'object' ? Object.keys(value).length : 0;
  const unit = issue.origin === 'array' ? 'item' : issue.origin === 'string' ? 'character' : 'entry';
  const units = (n: number) => (unit === 'entry' ? `${n} ${n === 1 ? 'entry' : 'entries'}` : plural(n, unit));
  const message = `${name} must have ${big ? 'at most' : 'at least'} ${units(bound)}, has ${size}`;
  return { severity: 'error', code: 'STR009', message, path, target: issue.origin === 'string' ? 'value' : 'key' };
}
