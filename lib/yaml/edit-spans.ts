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
  const markers: number[] = [];
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    // '-' '.' '%'
    if (c === 45 || c === 46 || c === 37) {
      if (c === 37) return undefined;
      if (text.startsWith(c === 45 ? '---' : '...', i)) {
        const after = text[i + 3];
        if (after === undefined || after === ' ' || after === '\t' || after === '\n' || after === '\r') {
          if (c === 46) return undefined;
          markers.push(i);
        }
      }
    }
    const nl = text.indexOf('\n', i);
    if (nl === -1) break;
    i = nl + 1;
  }
  const spans: DocumentSpan[] = [];
  const first = markers[0] ?? text.length;
  if (!isBlank(text, 0, first)) spans.push({ start: 0, end: first });
  markers.forEach((m, k) => spans.push({ start: m, end: markers[k + 1] ?? text.length }));
  return spans;
}
