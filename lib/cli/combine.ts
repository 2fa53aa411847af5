/**
 * Several files as one workspace for cross-resource analysis, and the way back: every diagnostic of the
 * combined text is reported in its own file, with the file's own document index and line.
 */
import type { Diagnostic } from '../core/diagnostic';
import type { ParsedWorkspace } from '../yaml/parse';

export interface Segment {
  file: string;
  /** Offset and 0-based line of the file's first character in the combined text. */
  start: number;
  lineOffset: number;
  /** Line breaks in the file's text (with the final one added when it had none). */
  lines: number;
}

export interface Combined {
  text: string;
  segments: Segment[];
}

export interface FileDiagnostic {
  file: string;
  /** The diagnostic with `document` and `range` relative to its file. */
  diagnostic: Diagnostic;
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Join texts with `...` (document end) lines. After `...` the stream is back in its initial state, so each
 * file's documents (leading comments, `---`, directives) parse as they do on their own.
 */
export function combineTexts(files: readonly { file: string; text: string }[]): Combined {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let start = 0;
  let lineOffset = 0;
  files.forEach(({ file, text }, i) => {
    const body = text === '' || text.endsWith('\n') ? text : `${text}\n`;
    segments.push({ file, start, lineOffset, lines: countLines(body) });
    const sep = i < files.length - 1 ? '...\n' : '';
    parts.push(body, sep);
    start += body.length + sep.length;
    lineOffset += segments[i]!.lines + (sep ? 1 : 0);
  });
  return { text: parts.join(''), segments };
}

/** Index of the last segment starting at or before `offset`. */
function segmentAt(segments: readonly Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Map diagnostics of the combined workspace back to their files; output is grouped by file in input order. */
export function splitDiagnostics(combined: Combined, ws: ParsedWorkspace, diagnostics: readonly Diagnostic[]): FileDiagnostic[] {
  const { segments } = combined;
  // Segment of every combined document (by where it starts), and each segment's first document index.
  const docSegment = ws.documents.map((d) => segmentAt(segments, d.offset + d.doc.range[0]));
  const firstDoc = segments.map(() => -1);
  docSegment.forEach((s, i) => {
    if (firstDoc[s] === -1) firstDoc[s] = i;
  });
  const groups: FileDiagnostic[][] = segments.map(() => []);
  for (const d of diagnostics) {
    const s = docSegment[d.document] ?? 0;
    const seg = segments[s]!;
    const range = { ...clamp(d.range.line - seg.lineOffset, d.range.column, seg), ...clampEnd(d.range.endLine - seg.lineOffset, d.range.endColumn, seg) };
    groups[s]!.push({ file: seg.file, diagnostic: { ...d, document: d.document - Math.max(firstDoc[s]!, 0), range } });
  }
  return groups.flat();
}

// A position past the file's last line break (an error "at end of input" that the parser placed on the
// separator line) is the file's end: the empty last line, column 1.
function clamp(line: number, column: number, seg: Segment): { line: number; column: number } {
  return line > seg.lines ? { line: seg.lines + 1, column: 1 } : { line, column };
}

function clampEnd(line: number, column: number, seg: Segment): { endLine: number; endColumn: number } {
  const c = clamp(line, column, seg);
  return { endLine: c.line, endColumn: c.column };
}
