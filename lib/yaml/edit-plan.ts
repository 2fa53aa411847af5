/**
 * Plan a form edit as one text splice of a document's source that touches only the edited node:
 * a scalar's characters, the lines of one pair or item, or one flow collection.
 */
import { isMap, isScalar, isSeq, type Document, type Node as YamlNode, type Scalar } from 'yaml';
import { formatPath, type PathSegment } from '../core/diagnostic';
import { applyToAst, build, isNullish, walk, type Holder, type Step } from './edit-ast';
import type { FormEdit } from './edit';
import { column, contentEnd, detectStyle, isScalarValue, lineEndAfter, lineStart, renderBlock, renderFlow, renderScalar, startsLine, type Style } from './edit-render';

export interface Splice {
  start: number;
  end: number;
  text: string;
}

interface Ctx {
  doc: Document;
  src: string;
  style: Style;
  edit: FormEdit;
}

const rangeOf = (n: unknown): [number, number, number] => (n as YamlNode).range!;

function isFlow(n: unknown): boolean {
  return (isMap(n) || isSeq(n)) && n.flow === true;
}

function isBlockScalar(n: unknown): boolean {
  return isScalar(n) && (n.type === 'BLOCK_LITERAL' || n.type === 'BLOCK_FOLDED');
}

/** Innermost flow collection among the steps (the containers of the edited node). */
function flowHost(steps: Step[]): YamlNode | undefined {
  for (let i = steps.length - 1; i >= 0; i--) if (isFlow(steps[i]!.node)) return steps[i]!.node as YamlNode;
  return undefined;
}

/** Apply the edit to the tree and re-render one flow collection in place (flow collections are self-contained). */
function reflow(ctx: Ctx, host: YamlNode): Splice {
  const [start, end] = rangeOf(host);
  const padding = ctx.src[start + 1] === ' ';
  applyToAst(ctx.doc, ctx.edit);
  const n = host as YamlNode & { comment?: string | null; commentBefore?: string | null; spaceBefore?: boolean };
  n.comment = n.commentBefore = null;
  n.spaceBefore = false;
  return { start, end, text: renderFlow(host, padding) };
}

interface HeldSpan {
  start: number;
  end: number;
  /** Source of the key (`name`) when the value is held by a pair; the value is rendered after it. */
  key?: string;
  col: number;
}

/** The characters of the value held by a pair (from its key) or by a sequence item (from after its dash). */
function heldSpan(ctx: Ctx, holder: Holder | undefined, toScalar: boolean): HeldSpan {
  const { src } = ctx;
  if (!holder) {
    const root = ctx.doc.contents;
    if (!root) throw new Error('the document is empty');
    return { start: rangeOf(root)[0], end: contentEnd(root), col: 0 };
  }
  if (holder.kind === 'item') {
    const item = holder.seq.items[holder.index];
    const [start] = rangeOf(item);
    return { start, end: contentEnd(item), col: column(src, start) };
  }
  const [start, keyEnd] = rangeOf(holder.pair.key);
  const old = holder.pair.value;
  let end = contentEnd(holder.pair);
  // A comment after an old scalar would end up after the first line of a new block collection: it goes with the value.
  if (isScalar(old) && !toScalar && rangeOf(old)[2] > end) end = src.slice(0, rangeOf(old)[2]).trimEnd().length;
  // A block scalar's range takes its final line break: it belongs to the next line, which must not join this one.
  while (end > start && (src[end - 1] === '\n' || src[end - 1] === '\r')) end--;
  return { start, end, key: src.slice(start, keyEnd), col: column(src, start) };
}

function renderHeld(ctx: Ctx, span: HeldSpan, value: unknown): Splice {
  const text = span.key === undefined ? renderBlock(value, span.col, ctx.style) : span.key + renderBlock({ _: value }, span.col, ctx.style).slice(1);
  return { start: span.start, end: span.end, text };
}

/** Replace the value held by a pair or a sequence item with `value` (plain data or a node). */
function replaceHeld(ctx: Ctx, holder: Holder | undefined, value: unknown): Splice {
  return renderHeld(ctx, heldSpan(ctx, holder, isScalarValue(value)), value);
}

function set(ctx: Ctx, path: PathSegment[], value: unknown, w = walk(ctx.doc, path)): Splice {
  const { steps } = w;
  const host = flowHost(steps.slice(0, -1));
  if (w.complete) {
    const target = steps[steps.length - 1]!;
    const t = target.node;
    if (isScalar(t) && isScalarValue(value) && !isBlockScalar(t)) {
      const [s, e] = rangeOf(t);
      const text = s < e || host ? renderScalar(value, t as Scalar, host !== undefined) : undefined;
      if (text !== undefined) return { start: s, end: e, text };
    }
    if (host) return reflow(ctx, host);
    if (isFlow(t) && !isScalarValue(value) && (Array.isArray(value) ? value.length > 0 : Object.keys(value as object).length > 0)) {
      const padding = ctx.src[rangeOf(t)[0] + 1] === ' ';
      const [s, e] = rangeOf(t);
      return { start: s, end: e, text: renderFlow(ctx.doc.createNode(value, { flow: true }), padding) };
    }
    return replaceHeld(ctx, target.holder, value);
  }
  const depth = steps.length - 1;
  const at = steps[depth]!;
  const rest = path.slice(depth);
  if (host || isFlow(at.node)) return reflow(ctx, (isFlow(at.node) ? at.node : host) as YamlNode);
  if (isNullish(at.node) && depth > 0) return replaceHeld(ctx, at.holder, build(rest, value));
  if (isMap(at.node)) return insertPair(ctx, at.node.items, rest[0]!, build(rest.slice(1), value));
  if (isSeq(at.node) && rest[0] === at.node.items.length) return insertItem(ctx, path.slice(0, depth), build(rest.slice(1), value));
  throw new Error(`cannot set ${formatPath(path)}: ${formatPath(path.slice(0, depth)) || 'the document'} is not a mapping`);
}

function insertPair(ctx: Ctx, items: { key: unknown }[], key: PathSegment, value: unknown): Splice {
  const { src, style } = ctx;
  const first = rangeOf(items[0]!.key)[0];
  if (!startsLine(src, first) && !startsLine(src, first, true)) return fallback(ctx);
  const col = column(src, first);
  const pos = lineEndAfter(src, contentEnd(items[items.length - 1]));
  const lead = pos === src.length && !src.endsWith('\n') ? style.eol : '';
  return { start: pos, end: pos, text: lead + ' '.repeat(col) + renderBlock({ [key]: value }, col, style) + style.eol };
}

function insertItem(ctx: Ctx, path: PathSegment[], value: unknown, index?: number): Splice {
  const { src, style } = ctx;
  const w = walk(ctx.doc, path);
  const node = w.complete ? w.steps[w.steps.length - 1]!.node : undefined;
  if (isNullish(node)) return set(ctx, path, [value]);
  if (!isSeq(node)) throw new Error(`${formatPath(path)} is not a list`);
  const host = flowHost(w.steps);
  if (isFlow(node) && node.items.length === 0 && w.steps.length > 1 && host === node) return replaceHeld(ctx, w.steps[w.steps.length - 1]!.holder, [value]);
  if (host) return reflow(ctx, host);
  const i = index ?? node.items.length;
  if (i < 0 || i > node.items.length) throw new Error(`index ${i} is outside ${formatPath(path)}`);
  const dash = rangeOf(node)[0];
  if (!startsLine(src, dash) || node.items.some((it) => !startsLine(src, rangeOf(it)[0], true))) return fallback(ctx);
  const col = column(src, dash);
  const text = ' '.repeat(col) + '- ' + renderBlock(value, col + 2, style) + style.eol;
  if (i < node.items.length) {
    const pos = lineStart(src, rangeOf(node.items[i])[0]);
    return { start: pos, end: pos, text };
  }
  const pos = lineEndAfter(src, contentEnd(node));
  const lead = pos === src.length && !src.endsWith('\n') ? style.eol : '';
  return { start: pos, end: pos, text: lead + text };
}

function remove(ctx: Ctx, path: PathSegment[]): Splice | undefined {
  const { src } = ctx;
  const w = walk(ctx.doc, path);
  if (!w.complete) return undefined;
  const { holder } = w.steps[w.steps.length - 1]!;
  const host = flowHost(w.steps.slice(0, -1));
  if (host) return reflow(ctx, host);
  const parent = w.steps[w.steps.length - 2]!;
  if (holder?.kind === 'pair') {
    if (holder.map.items.length === 1) return parent.holder ? replaceHeld(ctx, parent.holder, {}) : fallback(ctx);
    const k = rangeOf(holder.pair.key)[0];
    if (startsLine(src, k)) return { start: lineStart(src, k), end: lineEndAfter(src, contentEnd(holder.pair)), text: '' };
    const next = holder.map.items[holder.map.items.indexOf(holder.pair) + 1];
    if (next && startsLine(src, rangeOf(next.key)[0])) return { start: k, end: rangeOf(next.key)[0], text: '' };
    return fallback(ctx);
  }
  if (holder?.kind === 'item') {
    if (holder.seq.items.length === 1) return parent.holder ? replaceHeld(ctx, parent.holder, []) : fallback(ctx);
    const s = rangeOf(holder.seq.items[holder.index])[0];
    if (!startsLine(src, s, true)) return fallback(ctx);
    return { start: lineStart(src, s), end: lineEndAfter(src, contentEnd(holder.seq.items[holder.index])), text: '' };
  }
  return fallback(ctx);
}

function move(ctx: Ctx, path: PathSegment[], from: number, to: number): Splice | undefined {
  const { src, style } = ctx;
  const w = walk(ctx.doc, path);
  const node = w.complete ? w.steps[w.steps.length - 1]!.node : undefined;
  if (!isSeq(node)) throw new Error(`${formatPath(path)} is not a list`);
  const n = node.items.length;
  if (from < 0 || from >= n || to < 0 || to >= n) throw new Error(`move ${from}→${to} is outside ${formatPath(path)}`);
  if (from === to) return undefined;
  const host = flowHost(w.steps);
  if (host) return reflow(ctx, host);
  if (node.items.some((it) => !startsLine(src, rangeOf(it)[0], true))) return fallback(ctx);
  const blocks = node.items.map((it) => ({ start: lineStart(src, rangeOf(it)[0]), end: lineEndAfter(src, contentEnd(it)) }));
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  const order = blocks.map((_, i) => i);
  order.splice(to, 0, ...order.splice(from, 1));
  const withEol = (t: string) => (t.endsWith('\n') ? t : t + style.eol);
  let text = '';
  for (let k = lo; k <= hi; k++) {
    const b = blocks[order[k]!]!;
    text += withEol(src.slice(b.start, b.end));
    if (k < hi) text += src.slice(blocks[k]!.end, blocks[k + 1]!.start);
  }
  const end = blocks[hi]!.end;
  if (!src.slice(0, end).endsWith('\n')) text = text.slice(0, -style.eol.length);
  return { start: blocks[lo]!.start, end, text };
}

/**
 * When the layout is unusual (compact nested sequences, a single-line map in an item…), re-render the smallest
 * container of the change from the edited tree; the lines around it stay as they are.
 */
function fallback(ctx: Ctx): Splice {
  const { edit } = ctx;
  const containerDepth = edit.op === 'insert' || edit.op === 'move' ? edit.path.length : edit.path.length - 1;
  const w = walk(ctx.doc, edit.path.slice(0, containerDepth));
  const steps = w.steps;
  const step = steps[Math.min(containerDepth, steps.length - 1)]!;
  const host = flowHost(steps);
  if (host) return reflow(ctx, host);
  const held = () => (step.holder?.kind === 'pair' ? step.holder.pair.value : step.holder ? step.holder.seq.items[step.holder.index] : ctx.doc.contents);
  // Measure the old characters before the tree changes: new nodes have no source range.
  const span = heldSpan(ctx, step.holder, true);
  applyToAst(ctx.doc, edit);
  return renderHeld(ctx, span, held());
}

/** The splice of `doc`'s source `src` that performs `edit`, or undefined when the edit changes nothing. Throws on a misfit. */
export function planEdit(doc: Document, src: string, edit: FormEdit): Splice | undefined {
  const ctx: Ctx = { doc, src, style: detectStyle(doc, src), edit };
  switch (edit.op) {
    case 'set':
      if (edit.path.length === 0) throw new Error('an edit needs a path inside the document');
      return edit.value === undefined ? remove(ctx, edit.path) : set(ctx, edit.path, edit.value);
    case 'delete':
      if (edit.path.length === 0) throw new Error('an edit needs a path inside the document');
      return remove(ctx, edit.path);
    case 'insert':
      return insertItem(ctx, edit.path, edit.value, edit.index);
    case 'move':
      return move(ctx, edit.path, edit.from, edit.to);
  }
}

/** Exposed for the fallback path of applyEdit (when a planned splice does not read back as the edited tree). */
export function planFallback(doc: Document, src: string, edit: FormEdit): Splice {
  return fallback({ doc, src, style: detectStyle(doc, src), edit });
}
