/** Form edits as data, applied to the canonical text through the `yaml` Document API, keeping every other byte. */
import { parseAllDocuments, parseDocument, type Document } from 'yaml';
import type { PathSegment } from '../core/diagnostic';
import { applyToAst, isNullish } from './edit-ast';
import { planEdit, planFallback, type Splice } from './edit-plan';
import { documentSpans } from './edit-spans';
import { findTooDeep, MAX_NESTING } from './depth';
import { MAX_ALIAS_COUNT } from './parse';

/**
 * One edit of one document. `path` is relative to the document root (include a List item's basePath).
 * - set: create or replace the value at path (creating parent maps/seqs as needed)
 * - delete: remove the key or sequence item at path
 * - insert: insert `value` into the sequence at path at `index` (append when index is omitted)
 * - move: move sequence item `from` to `to` within the sequence at path
 */
export type FormEdit =
  | { op: 'set'; document: number; path: PathSegment[]; value: unknown }
  | { op: 'delete'; document: number; path: PathSegment[] }
  | { op: 'insert'; document: number; path: PathSegment[]; value: unknown; index?: number }
  | { op: 'move'; document: number; path: PathSegment[]; from: number; to: number };

export type EditResult =
  | { ok: true; text: string; changed: { start: number; end: number; text: string } }
  | { ok: false; message: string };

const PARSE_OPTIONS = { uniqueKeys: true, prettyErrors: false, strict: true } as const;

interface Target {
  doc: Document.Parsed;
  /** The source the document's offsets refer to, and where it sits in the whole text. */
  src: string;
  base: number;
  /** Parse a version of `src` and return the edited document's tree again. */
  reparse: (src: string) => Document.Parsed | undefined;
}

const tooDeep = (index: number) => `document ${index} nests deeper than ${MAX_NESTING} levels; fix it in the YAML first`;

/** Parse only the edited document when a line scan can delimit it; otherwise the whole text. */
function target(text: string, index: number): Target | string {
  const spans = documentSpans(text);
  if (spans) {
    const span = spans[index];
    if (!span) return `there is no document ${index}`;
    const reparse = (src: string) => parseDocument(src, PARSE_OPTIONS);
    const src = text.slice(span.start, span.end);
    if (findTooDeep(src) !== undefined) return tooDeep(index);
    return { doc: reparse(src), src, base: span.start, reparse };
  }
  const reparse = (src: string) => {
    const docs = parseAllDocuments(src, PARSE_OPTIONS);
    return Array.isArray(docs) ? docs[index] : undefined;
  };
  if (findTooDeep(text) !== undefined) return tooDeep(index);
  const doc = reparse(text);
  return doc ? { doc, src: text, base: 0, reparse } : `there is no document ${index}`;
}

function readBack(t: Target, src: string): string | undefined {
  const doc = t.reparse(src);
  if (!doc || doc.errors.length > 0) return undefined;
  return JSON.stringify(doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }));
}

/** Narrow a splice to the characters that actually differ (so the editor keeps the cursor and one undo step). */
function narrow(src: string, s: Splice): Splice {
  const old = src.slice(s.start, s.end);
  let p = 0;
  while (p < old.length && p < s.text.length && old[p] === s.text[p]) p++;
  let q = 0;
  while (q < old.length - p && q < s.text.length - p && old[old.length - 1 - q] === s.text[s.text.length - 1 - q]) q++;
  return { start: s.start + p, end: s.end - q, text: s.text.slice(p, s.text.length - q) };
}

const splice = (src: string, s: Splice) => src.slice(0, s.start) + s.text + src.slice(s.end);

/**
 * Apply one form edit to the workspace text. Only the edited node's characters change: comments, key order,
 * quoting, flow style, indentation and unknown fields elsewhere are kept byte for byte. The result is checked by
 * reading the document back and comparing it with the same edit applied to the parsed tree. Never throws.
 */
export function applyEdit(text: string, edit: FormEdit): EditResult {
  try {
    const t = target(text, edit.document);
    if (typeof t === 'string') return { ok: false, message: t };
    if (t.doc.errors.length > 0) return { ok: false, message: `document ${edit.document} has a syntax error; fix it in the YAML first` };
    if (isNullish(t.doc.contents)) return { ok: false, message: `document ${edit.document} is empty` };
    const expectedDoc = t.reparse(t.src)!;
    applyToAst(expectedDoc, edit);
    const expected = JSON.stringify(expectedDoc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }));

    let s = planEdit(t.doc, t.src, edit);
    if (!s) return { ok: true, text, changed: { start: t.base, end: t.base, text: '' } };
    if (readBack(t, splice(t.src, s)) !== expected) {
      s = planFallback(t.reparse(t.src)!, t.src, edit);
      if (readBack(t, splice(t.src, s)) !== expected) return { ok: false, message: `cannot apply the edit to document ${edit.document} without changing other content` };
    }
    const n = narrow(t.src, s);
    const changed = { start: n.start + t.base, end: n.end + t.base, text: n.text };
    return { ok: true, text: text.slice(0, changed.start) + changed.text + text.slice(changed.end), changed };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}
