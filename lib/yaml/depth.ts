/**
 * A linear, non-recursive guard against pathologically deep YAML. The `yaml` composer recurses once per nesting
 * level: around a thousand levels exhaust the stack (reported as an error, after seconds), and at ~200,000 levels
 * V8 can abort the whole process while compiling a regexp on the exhausted stack. Real Istio configuration nests
 * fewer than 30 levels, so anything past `MAX_NESTING` is reported (YAML007) and never handed to the parser.
 */

/** Deepest nesting the parser is given; deeper documents get YAML007 instead. */
export const MAX_NESTING = 256;

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;

const isBlank = (c: number) => c === SPACE || c === TAB || c === CR || c === LF || Number.isNaN(c);

/**
 * Offset of the first character nested deeper than `limit`, or undefined. Counts block levels from an indentation
 * stack plus compact `- ` / `? ` indicators, and flow levels from `[` `{` that open a collection; quoted scalars,
 * block scalars and comments are skipped. It errs on the side of counting more (e.g. a plain scalar continued on
 * ever more indented lines), never fewer, so what passes is safe to parse. One pass, O(n).
 */
export function findTooDeep(text: string, limit = MAX_NESTING): number | undefined {
  const n = text.length;
  const indents: number[] = [];
  let flow = 0;
  let i = 0;
  let lineStart = 0;
  let nodeStart = true;

  /** Whether each level of `indents` was opened by a `- ` line. */
  const seqs: boolean[] = [];
  const pop = () => {
    indents.pop();
    seqs.pop();
  };
  const depth = () => indents.length + flow;

  while (i < n) {
    // ---- start of a line (outside quotes and block scalars) ----
    lineStart = i;
    let col = 0;
    while (i < n && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) {
      i++;
      col++;
    }
    const c0 = text.charCodeAt(i);
    if (i >= n) break;
    if (c0 === LF || c0 === CR || c0 === 35 /* # */) {
      i = skipLine(text, i);
      continue;
    }
    if (flow === 0) {
      if (col === 0 && text.startsWith('---', i) && isBlank(text.charCodeAt(i + 3))) {
        indents.length = 0;
        seqs.length = 0;
        i += 3;
      } else {
        const seqLine = c0 === 45 /* - */ && isBlank(text.charCodeAt(i + 1));
        while (indents.length > 0 && indents[indents.length - 1]! > col) pop();
        // A sequence may sit at its parent key's column (`hosts:` then `- a`): that is one level more, not a sibling.
        if (indents.length > 0 && indents[indents.length - 1] === col && !(seqLine && !seqs[seqs.length - 1])) pop();
        indents.push(col);
        seqs.push(seqLine);
      }
      // The content after each `- ` / `? ` is a level of its own at its column (`- - - a` nests three deep).
      while (isIndicator(text, i)) {
        i++;
        while (i < n && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
        indents.push(i - lineStart);
        seqs.push(isIndicator(text, i) && text.charCodeAt(i) === 45);
        if (depth() > limit) return i;
      }
      col = i - lineStart;
    }
    nodeStart = true;
    if (depth() > limit) return i;

    // ---- the rest of the line ----
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === LF) {
        i++;
        break;
      }
      if (c === SPACE || c === TAB || c === CR) {
        i++;
        continue;
      }
      if (c === 35 /* # */ && isBlank(text.charCodeAt(i - 1))) {
        i = skipLine(text, i);
        break;
      }
      if (nodeStart && (c === 34 /* " */ || c === 39) /* ' */) {
        i = skipQuoted(text, i);
        nodeStart = false;
        continue;
      }
      if (nodeStart && flow === 0 && (c === 124 /* | */ || c === 62) /* > */) {
        i = skipBlockScalar(text, skipLine(text, i), col);
        break;
      }
      if (nodeStart && (c === 38 /* & */ || c === 33) /* ! */) {
        while (i < n && !isBlank(text.charCodeAt(i)) && !(flow > 0 && isFlowIndicator(text.charCodeAt(i)))) i++;
        continue;
      }
      if ((c === 91 || c === 123) /* [ { */ && (nodeStart || flow > 0)) {
        flow++;
        if (depth() > limit) return i;
        nodeStart = true;
        i++;
        continue;
      }
      if (flow > 0 && (c === 93 || c === 125) /* ] } */) {
        flow--;
        nodeStart = false;
        i++;
        continue;
      }
      if (flow > 0 && c === 44 /* , */) {
        nodeStart = true;
        i++;
        continue;
      }
      if (c === 58 /* : */ && (isBlank(text.charCodeAt(i + 1)) || flow > 0)) {
        nodeStart = true;
        i++;
        continue;
      }
      nodeStart = false;
      i++;
    }
    if (i === lineStart) i++;
  }
  return undefined;
}

function isIndicator(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c === 45 /* - */ || c === 63) /* ? */ && isBlank(text.charCodeAt(i + 1));
}

function isFlowIndicator(c: number): boolean {
  return c === 91 || c === 93 || c === 123 || c === 125 || c === 44;
}

function skipLine(text: string, i: number): number {
  const nl = text.indexOf('\n', i);
  return nl === -1 ? text.length : nl + 1;
}

/** Past the closing quote (escapes: `\"` in double quotes, `''` in single quotes); the end of text if none. */
function skipQuoted(text: string, i: number): number {
  const q = text.charCodeAt(i);
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (q === 34 && c === 92 /* \ */) j++;
    else if (c === q) {
      if (q === 39 && text.charCodeAt(j + 1) === 39) j++;
      else return j + 1;
    }
  }
  return text.length;
}

/** Past a block scalar's content: the lines (from `i`) indented at least as much as its first non-blank line, when that is deeper than `parent`. */
function skipBlockScalar(text: string, i: number, parent: number): number {
  let contentIndent = -1;
  while (i < text.length) {
    let j = i;
    while (text.charCodeAt(j) === SPACE) j++;
    const c = text.charCodeAt(j);
    const blank = j >= text.length || c === LF || c === CR;
    if (!blank) {
      const indent = j - i;
      if (contentIndent === -1) contentIndent = indent;
      if (indent <= parent || indent < contentIndent) return i;
    }
    i = skipLine(text, i);
  }
  return i;
}
