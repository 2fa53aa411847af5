/** Text helpers for form edits: offsets ↔ lines, the document's indentation style, rendering new values with `yaml`. */
import { Document, isMap, isPair, isSeq, Scalar, visit, type Node as YamlNode } from 'yaml';

/** Indentation habits of a document, so inserted lines look like their neighbours. */
export interface Style {
  /** Spaces per nesting level of block mappings. */
  indent: number;
  /** Whether block sequences under a key are indented (`key:\n  - a`) or not (`key:\n- a`). */
  indentSeq: boolean;
  /** Line break of the document. */
  eol: string;
}

export function lineStart(src: string, off: number): number {
  return src.lastIndexOf('\n', off - 1) + 1;
}

export function column(src: string, off: number): number {
  return off - lineStart(src, off);
}

/** Offset just past the line break of the line holding `off - 1` (or `off` itself when it starts a line). */
export function lineEndAfter(src: string, off: number): number {
  if (off > 0 && src[off - 1] === '\n') return off;
  const nl = src.indexOf('\n', off);
  return nl === -1 ? src.length : nl + 1;
}

/** Whether only spaces (or a sequence dash, when `dash`) precede `off` on its line. */
export function startsLine(src: string, off: number, dash = false): boolean {
  const before = src.slice(lineStart(src, off), off);
  return dash ? /^ *- +$/.test(before) : /^ *$/.test(before);
}

/** The last offset of a node's content: trailing comments and blank lines after it are excluded. */
export function contentEnd(node: unknown): number {
  if (isPair(node)) {
    const k = (node.key as YamlNode | null)?.range?.[1] ?? 0;
    return node.value ? Math.max(k, contentEnd(node.value)) : k;
  }
  if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length > 0) {
    return contentEnd(node.items[node.items.length - 1]);
  }
  return (node as YamlNode | null)?.range?.[1] ?? 0;
}

/** Read the document's indentation habits from its first nested map and sequence. */
export function detectStyle(doc: Document, src: string): Style {
  let indent: number | undefined;
  let indentSeq: boolean | undefined;
  visit(doc, {
    Pair(_, pair) {
      const k = (pair.key as YamlNode | null)?.range;
      const v = pair.value as YamlNode | null;
      if (!k || !v?.range || ((isMap(v) || isSeq(v)) && v.flow)) return;
      const kc = column(src, k[0]);
      if (indent === undefined && isMap(v) && v.items.length > 0) {
        const d = column(src, v.range[0]) - kc;
        if (d > 0 && startsLine(src, v.range[0])) indent = d;
      }
      if (indentSeq === undefined && isSeq(v) && v.items.length > 0) indentSeq = column(src, v.range[0]) > kc;
      if (indent !== undefined && indentSeq !== undefined) return visit.BREAK;
    },
  });
  return { indent: indent ?? 2, indentSeq: indentSeq ?? true, eol: src.includes('\r\n') ? '\r\n' : '\n' };
}

/** Render a value (plain data or a node) as block YAML whose first line starts at column `col`. */
export function renderBlock(value: unknown, col: number, style: Style): string {
  const out = new Document(value).toString({ indent: style.indent, indentSeq: style.indentSeq, lineWidth: 0 }).replace(/\n$/, '');
  return reindent(out, col, style.eol);
}

/** Render a flow collection node on one line, with or without inner padding (`[ a ]` / `[a]`). */
export function renderFlow(node: YamlNode, padding: boolean): string {
  return new Document(node).toString({ flowCollectionPadding: padding, lineWidth: 0 }).replace(/\n$/, '');
}

function reindent(text: string, col: number, eol: string): string {
  const pad = ' '.repeat(col);
  return text.split('\n').map((l, i) => (i === 0 || l === '' ? l : pad + l)).join(eol);
}

/** Whether a value is rendered as a scalar (not a collection). */
export function isScalarValue(v: unknown): v is string | number | boolean | null | bigint {
  return v === null || ['string', 'number', 'boolean', 'bigint'].includes(typeof v);
}

/**
 * One-line source of a scalar value that keeps the old scalar's quoting when it can (`"."` stays double-quoted),
 * quoting plain strings YAML would read as something else (`"80"`, `"*"`, `"true"`). Undefined when the value
 * needs more than one line (multi-line strings become block scalars, rendered with their pair).
 */
export function renderScalar(value: string | number | boolean | null | bigint, old: Scalar | undefined, inFlow: boolean): string | undefined {
  const s = new Scalar(value);
  // An empty string must be quoted whatever the style, so its quotes say nothing about how to write the next value.
  if (typeof value === 'string' && old && typeof old.value === 'string' && old.value !== '' && (old.type === 'QUOTE_DOUBLE' || old.type === 'QUOTE_SINGLE')) {
    s.type = old.type;
  }
  const doc = new Document(inFlow ? [s] : { k: s });
  if (inFlow && isSeq(doc.contents)) doc.contents.flow = true;
  let out = doc.toString({ lineWidth: 0, flowCollectionPadding: false }).replace(/\n$/, '');
  if (out.includes('\n')) return undefined;
  out = inFlow ? out.slice(1, -1) : out.slice(3);
  if (inFlow && typeof value === 'string' && out === value && /[,[\]{}]/.test(value)) return JSON.stringify(value);
  return out;
}
