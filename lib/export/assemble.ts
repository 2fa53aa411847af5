/** Reassemble an edited CST stream as kubectl-ready multi-document YAML: `---` between documents, empty ones dropped. */
import { CST, isScalar, type Document } from 'yaml';
import type { EditableStream } from '../istio/versions';

interface Chunk {
  /** `%YAML` / `%TAG` lines that belong to this document. */
  directives: string[];
  /** Comments found between the previous kept document and this one. */
  before: string;
  text: string;
  /** Whether the document's own text starts with a `---` marker. */
  marked: boolean;
}

/** Whether a document has no content (only comments or nothing): kubectl skips it, so export drops it. */
export function isEmptyDocument(doc: Document.Parsed): boolean {
  const c = doc.contents;
  return c === null || (isScalar(c) && c.value === null && c.range[0] === c.range[1]);
}

/** The comment lines of a piece of YAML that has no content (kept when its document is dropped). */
function commentLines(text: string): string {
  return text
    .split(/\r?\n/)
    .filter((l) => l.trimStart().startsWith('#'))
    .map((l) => `${l.trimStart()}\n`)
    .join('');
}

/**
 * Print the documents of `stream` for which `keep(index)` holds, joined with `---`.
 * Comments of dropped empty documents and comments between documents are kept; `...` markers are not.
 */
export function assembleDocuments(stream: EditableStream, keep: (index: number) => boolean): string {
  const chunks: Chunk[] = [];
  let directives: string[] = [];
  let between = '';
  let index = 0;
  for (const token of stream.tokens) {
    if (token.type === 'directive') directives.push(token.source);
    else if (token.type === 'comment' || token.type === 'error') between += `${token.source}\n`;
    else if (token.type === 'doc-end') between += commentLines((token.end ?? []).map((t) => t.source).join(''));
    else if (token.type === 'document') {
      const doc = stream.docs[index];
      const i = index++;
      const text = CST.stringify(token);
      if (!doc || !keep(i)) {
        directives = [];
        continue;
      }
      if (isEmptyDocument(doc)) {
        between += commentLines(text);
        directives = [];
        continue;
      }
      const marked = token.start.some((t) => t.type === 'doc-start');
      chunks.push({ directives, before: between, text: text.endsWith('\n') ? text : `${text}\n`, marked });
      directives = [];
      between = '';
    }
    // NOTE: top-level newline/space/BOM tokens carry no content; the joins below supply the line breaks.
  }
  let out = '';
  chunks.forEach((c, i) => {
    out += c.before;
    if (c.directives.length > 0) out += `${i > 0 ? '...\n' : ''}${c.directives.join('\n')}\n`;
    if (!c.marked && (i > 0 || c.directives.length > 0)) out += '---\n';
    out += c.text;
  });
  return out + between;
}
