/** Map offsets and paths to 1-based ranges. Positions come from the parser, never from searching text. */
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node as YamlNode, type Pair } from 'yaml';
import type { PathSegment, Range } from '../core/diagnostic';

/** Offsets [start, end) → 1-based range; an empty span is widened to one character where possible. */
export function rangeOfOffsets(lc: LineCounter, text: string, start: number, end: number): Range {
  const s = lc.linePos(Math.min(start, text.length));
  const e = lc.linePos(Math.min(Math.max(end, start), text.length));
  return { line: s.line, column: s.col, endLine: e.line, endColumn: e.col };
}

/** What a diagnostic should point at for a path. */
export type LocateTarget = 'value' | 'key';

export interface Located {
  range: Range;
  /** True when the whole path exists; false when the range is of the nearest existing ancestor. */
  exact: boolean;
}

function localRange(n: unknown): [number, number] | undefined {
  if (n && typeof n === 'object' && 'range' in n) {
    const r = (n as { range?: [number, number, number] | null }).range;
    if (r) return [r[0], r[1]];
  }
  return undefined;
}

/**
 * Range of `path` in `doc`: the value at the path (or its key with target 'key').
 * When the path does not exist (a missing required field), the nearest existing ancestor:
 * its key when it has one (e.g. `spec`), else the first line of the mapping.
 */
export function locatePath(
  doc: Document.Parsed,
  lc: LineCounter,
  text: string,
  path: readonly PathSegment[],
  target: LocateTarget = 'value',
  /** Offset of the document's chunk in `text` (see WorkspaceDocument.offset). */
  offset = 0,
): Located {
  const nodeRange = (n: unknown) => {
    const r = localRange(n);
    return r ? ([r[0] + offset, r[1] + offset] as [number, number]) : undefined;
  };
  let node: unknown = doc.contents;
  let pair: Pair | undefined;
  let lastKeyed: { pair?: Pair; node: unknown } = { node };
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    let next: unknown;
    let nextPair: Pair | undefined;
    if (isMap(node)) {
      nextPair = node.items.find((p) => keyMatches(p, seg));
      next = nextPair?.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      next = node.items[seg];
      nextPair = undefined;
    }
    if (next === undefined && nextPair === undefined) {
      return { range: ancestorRange(lastKeyed, lc, text, offset), exact: false };
    }
    if (next === null || next === undefined || isEmptyScalar(next)) {
      // key present with no value (`hosts:`): point at the key
      const k = nodeRange(nextPair?.key);
      if (k) return { range: rangeOfOffsets(lc, text, k[0], k[1]), exact: i === path.length - 1 };
    }
    node = next;
    pair = nextPair;
    lastKeyed = { pair, node };
  }
  const want = target === 'key' && pair ? pair.key : node;
  const r = nodeRange(want) ?? nodeRange(node);
  if (!r) return { range: rangeOfOffsets(lc, text, offset, offset + 1), exact: false };
  return { range: trimmedRange(lc, text, r[0], r[1]), exact: true };
}

function isEmptyScalar(n: unknown): boolean {
  if (!isScalar(n) || n.value !== null) return false;
  const r = localRange(n);
  return !r || r[0] === r[1];
}

function keyMatches(p: Pair, seg: PathSegment): boolean {
  const k = isScalar(p.key) ? p.key.value : p.key;
  return k === seg || (k !== null && k !== undefined && String(k) === String(seg));
}

function ancestorRange(a: { pair?: Pair; node: unknown }, lc: LineCounter, text: string, offset: number): Range {
  const k = a.pair && isPair(a.pair) ? localRange(a.pair.key) : undefined;
  if (k) return rangeOfOffsets(lc, text, k[0] + offset, k[1] + offset);
  const lr = localRange(a.node as YamlNode);
  if (!lr) return rangeOfOffsets(lc, text, offset, offset + 1);
  const r = [lr[0] + offset, lr[1] + offset] as const;
  // first line of the mapping only
  const nl = text.indexOf('\n', r[0]);
  return rangeOfOffsets(lc, text, r[0], nl === -1 || nl > r[1] ? r[1] : nl);
}

/** Offsets → range, ending at the last non-space character (collections' ranges include trailing newlines). */
export function trimmedRange(lc: LineCounter, text: string, start: number, end: number): Range {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  if (e === start) e = Math.min(start + 1, text.length);
  return rangeOfOffsets(lc, text, start, e);
}
