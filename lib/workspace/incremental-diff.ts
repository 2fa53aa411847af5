/** Where two versions of a text differ: one span, from the common prefix and suffix. */

export interface ChangedSpan {
  /** First differing offset (same in both texts). */
  start: number;
  /** End of the changed part in the old text and in the new text (exclusive). */
  oldEnd: number;
  newEnd: number;
}

// NOTE: comparing blocks with === runs natively; a per-character loop over a 5 MB text costs milliseconds
const BLOCK = 4096;

function prefix(a: string, b: string, max: number): number {
  let i = 0;
  while (i + BLOCK <= max && a.slice(i, i + BLOCK) === b.slice(i, i + BLOCK)) i += BLOCK;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function suffix(a: string, b: string, max: number): number {
  let i = 0;
  while (i + BLOCK <= max && a.slice(a.length - i - BLOCK, a.length - i) === b.slice(b.length - i - BLOCK, b.length - i)) i += BLOCK;
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/** The span an edit changed, or undefined when the texts are equal. */
export function changedSpan(before: string, after: string): ChangedSpan | undefined {
  if (before === after) return undefined;
  const start = prefix(before, after, Math.min(before.length, after.length));
  const end = suffix(before, after, Math.min(before.length, after.length) - start);
  return { start, oldEnd: before.length - end, newEnd: after.length - end };
}
