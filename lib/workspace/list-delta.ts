/**
 * A list as the difference from the previous one sent, so a worker's answer costs the main thread only what
 * changed: runs of items the receiver already holds (by position in its copy) plus the new items. The receiver
 * rebuilds the list from its copy, so unchanged items keep their object identity (memoized views stay put).
 */

/** `ops` is flat pairs `[from, count]`: `count` items of the previous list from index `from`, or (from = -1) the next `count` of `items`. */
export interface ListDelta<T> {
  /** Length of the previous list the delta applies to (a check against applying it to the wrong copy). */
  base: number;
  ops: number[];
  items: T[];
}

/**
 * The delta turning `prev` into `next`. Items are the same when `keyOf` gives the same value: identity by
 * default; a content key (e.g. JSON) when the lists cross a thread and identities do not survive.
 */
export function encodeListDelta<T>(prev: readonly T[] | null, next: readonly T[], keyOf: (item: T) => unknown = (x) => x): ListDelta<T> {
  return encodeKeyedDelta(prev ? prev.map(keyOf) : null, next, next.map(keyOf));
}

/** encodeListDelta from the keys alone of the previous list: the sender need not keep its items. */
export function encodeKeyedDelta<T>(prevKeys: readonly unknown[] | null, next: readonly T[], nextKeys: readonly unknown[]): ListDelta<T> {
  const ops: number[] = [];
  const items: T[] = [];
  const base = prevKeys?.length ?? 0;
  let index: Map<unknown, number> | null = null;
  /** Where the run being extended continues in prev (-1: the run is of new items). */
  let expect = -2;
  next.forEach((item, i) => {
    const k = nextKeys[i];
    let at = expect >= 0 && expect < base && prevKeys![expect] === k ? expect : -1;
    if (at < 0 && base > 0) {
      // NOTE: built on the first mismatch only: an unchanged list (the common keystroke) never pays for it
      index ??= firstIndexes(prevKeys!);
      at = index.get(k) ?? -1;
    }
    if (at >= 0 && at === expect) ops[ops.length - 1]!++;
    else if (at < 0 && expect === -1) {
      ops[ops.length - 1]!++;
      items.push(item);
    } else {
      ops.push(at, 1);
      if (at < 0) items.push(item);
    }
    expect = at < 0 ? -1 : at + 1;
  });
  return { base, ops, items };
}

function firstIndexes(keys: readonly unknown[]): Map<unknown, number> {
  const m = new Map<unknown, number>();
  keys.forEach((k, i) => {
    if (!m.has(k)) m.set(k, i);
  });
  return m;
}

/** Rebuild the list from the receiver's copy of the previous one; null when the delta was made for another copy. */
export function applyListDelta<T>(prev: readonly T[] | null, delta: ListDelta<T>): T[] | null {
  if ((prev?.length ?? 0) !== delta.base) return null;
  const out: T[] = [];
  let taken = 0;
  for (let i = 0; i + 1 < delta.ops.length; i += 2) {
    const from = delta.ops[i]!;
    const count = delta.ops[i + 1]!;
    if (from < 0) {
      if (taken + count > delta.items.length) return null;
      for (let j = 0; j < count; j++) out.push(delta.items[taken++]!);
    } else {
      if (!prev || from + count > prev.length) return null;
      for (let j = from; j < from + count; j++) out.push(prev[j]!);
    }
  }
  return out;
}

/** Whether two lists hold the same items (by identity) in the same order. */
export function sameItems<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
