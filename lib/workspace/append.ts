/** Append YAML documents to the workspace text without touching what is already there. */
import { parseAllDocuments } from 'yaml';
import { findTooDeep } from '../yaml/depth';
import { splitDocuments } from '../yaml/parse';

export interface AppendResult {
  text: string;
  /** 0-based index of the first appended document in the new text. */
  firstDocument: number;
}

/** `current` followed by `addition` as new document(s); the existing documents keep their text and indices. */
export function appendDocuments(current: string, addition: string): AppendResult {
  // A trailing bare `---` (an empty last document) or a leading one in the addition would add an empty document.
  const base = current.trimEnd().replace(/(^|\n)---[ \t]*$/, '').trimEnd();
  const add = addition.replace(/^\s*---[ \t]*(\r?\n|$)/, '').trimEnd();
  const text = base === '' ? `${add}\n` : `${base}\n---\n${add}\n`;
  const offset = base === '' ? 0 : base.length + 1;
  // Every `---` line starts a document, so without `...` end markers or directives (which parseAllDocuments counts
  // differently) the documents of `base` are its chunks: no parse of a workspace of megabytes on the main thread.
  // NOTE: too-deep text is never composed (it would take seconds or crash); parseWorkspace counts it one document per chunk.
  if (!/^(\.\.\.|%)/m.test(base) || findTooDeep(text) !== undefined) return { text, firstDocument: base === '' ? 0 : documentCount(base) };
  const docs = parseAllDocuments(text);
  const list = Array.isArray(docs) ? docs : [];
  const index = list.findIndex((d) => d.range[0] >= offset);
  return { text, firstDocument: index === -1 ? Math.max(0, list.length - 1) : index };
}

/** Documents of `text` (non-empty, no `...` or directives) before a `---` that follows it, as a parse numbers them. */
function documentCount(text: string): number {
  const starts = splitDocuments(text);
  // Comments before the first `---` belong to the document that marker starts: they are not a document of their own.
  const first = text.slice(0, starts[1] ?? text.length);
  return starts.length - (/^(?:[ \t]*(?:#.*)?(?:\r?\n|$))*$/.test(first) ? 1 : 0);
}
