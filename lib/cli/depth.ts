/**
 * Guard against pathologically deep nesting before the text reaches the recursive composer: at around a
 * thousand levels it exhausts the stack, and an overflow inside V8's regexp compiler aborts the whole process
 * (seen with `- - - … a`). Real Istio configuration nests fewer than 30 levels.
 */
import { CST, Parser } from 'yaml';

/** Deepest nesting the CLI checks; deeper documents get a diagnostic instead. */
export const MAX_NESTING = 256;

/**
 * A cheap estimate of the nesting depth, one pass over the characters: indentation plus compact `- `
 * indicators plus open flow brackets. Every block level needs indentation or an indicator, so in practice it
 * only overestimates (e.g. brackets inside quoted strings); the exact check then decides.
 */
export function estimateDepth(text: string): number {
  let max = 0;
  let flow = 0;
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lineStart = true;
      indent = 0;
      // A `---` line starts a new document: brackets left open in the previous one (in strings) do not carry over.
      if (text.startsWith('---', i + 1)) flow = 0;
      continue;
    }
    if (lineStart && (c === 32 || c === 9 || ((c === 45 || c === 63) && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9)))) {
      indent++;
    } else {
      lineStart = false;
      if (c === 91 || c === 123) flow++;
      else if ((c === 93 || c === 125) && flow > 0) flow--;
    }
    // +1: the collection the line's own content starts (e.g. the top-level mapping of `k: {a: [b]}`).
    if (indent + flow + 1 > max) max = indent + flow + 1;
  }
  return max;
}

/** Exact nesting depth of collections, walking the CST iteratively (the CST parser itself is not recursive). */
export function nestingDepth(text: string): number {
  let max = 0;
  const stack: { token: CST.Token | null | undefined; depth: number }[] = [];
  for (const token of new Parser().parse(text)) stack.push({ token, depth: 0 });
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    if (!token) continue;
    if (token.type === 'document') stack.push({ token: token.value, depth });
    else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth + 1 > max) max = depth + 1;
      for (const item of token.items) {
        stack.push({ token: item.key, depth: depth + 1 }, { token: item.value, depth: depth + 1 });
      }
    }
  }
  return max;
}

/**
 * Whether `text` nests deeper than `limit`. The exact check runs only when the estimate is above the limit but
 * within 10× of it: the CST parser's cost grows with depth, and an estimate that high is real nesting, not a
 * few brackets inside strings — so the check stays bounded on hostile input (a file of 50 MB of `[`).
 */
export function tooDeep(text: string, limit = MAX_NESTING): boolean {
  const estimate = estimateDepth(text);
  return estimate > limit && (estimate > 10 * limit || nestingDepth(text) > limit);
}
