/** Find one document of a multi-document text without parsing the others (form edits on large workspaces). */

export interface DocumentSpan {
  /** Offset of the document's first character (its `---` marker when it has one). */
  start: number;
  /** Offset just past the document (the next document's start, or the end of the text). */
  end: number;
}

/** Whether a chunk holds only blank lines and comments (the YAML library then starts no document for it). */
function isBlank(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end) {
    const nl = text.indexOf('\n', i);
    const lineEnd = nl === -1 || nl > end ? end : nl;
    const line = text.slice(i, lineEnd).trim();
    if (line !== '' && !line.startsWith('#')) return false;
    i = lineEnd + 1;
  }
  return true;
}

/**
 * Spans of the documents of `text`, numbered like `parseAllDocuments` (so like `Diagnostic.document`).
 * A `---` at the start of a line always starts a document (YAML forbids it inside content), so one scan
 * of line starts suffices. Returns undefined when the text uses `...` end markers or `%` directives,
 * whose document boundaries a line scan cannot tell; callers then parse the whole text.
 */
export function documentSpans(text: string): DocumentSpan[] | undefined {
  // Native substring searches: a 5 MB workspace has ~150k lines, and a per-line loop costs tens of milliseconds.
  if (text.startsWith('%') || text.includes('\n%') || lineStarts(text, '...').length > 0) return undefined;
  const markers = lineStarts(text, '---');
  const spans: DocumentSpan[] = [];
  const first = markers[0] ?? text.length;
  if (!isBlank(text, 0, first)) spans.push({ start: 0, end: first });
  markers.forEach((m, k) => spans.push({ start: m, end: markers[k + 1] ?? text.length }));
  return spans;
}

/** Offsets of lines that start with `marker` followed by a space, a tab, a line break or the end. */
function lineStarts(text: string, marker: string): number[] {
  const out: number[] = [];
  const ok = (i: number) => {
    const after = text[i + marker.length];
    return after === undefined || after === ' ' || after === '\t' || after === '\n' || after === '\r';
  };
  if (text.startsWith(marker) && ok(0)) out.push(0);
  for (let i = text.indexOf(`\n${marker}`); i !== -1; i = text.indexOf(`\n${marker}`, i + 1)) if (ok(i + 1)) out.push(i + 1);
  return out;
}
