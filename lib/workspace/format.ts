/** Format the workspace YAML with the `yaml` library: normalized indentation, comments and key order kept. */
import { parseAllDocuments } from 'yaml';
import { findTooDeep, MAX_NESTING } from '../yaml/depth';

export type FormatResult = { ok: true; text: string } | { ok: false; message: string };

/** Re-print every document; refuses (instead of guessing) when the text has a YAML error. */
export function formatWorkspace(text: string): FormatResult {
  if (findTooDeep(text) !== undefined) return { ok: false, message: `cannot format: the YAML nests deeper than ${MAX_NESTING} levels` };
  const parsed = parseAllDocuments(text, { prettyErrors: false });
  const docs = Array.isArray(parsed) ? parsed : [];
  const bad = docs.find((d) => d.errors.length > 0);
  if (bad) {
    const e = bad.errors[0]!;
    return { ok: false, message: `cannot format while the YAML has an error: ${e.message.split('\n')[0]}` };
  }
  const printed = docs.map((d, i) => {
    // The first document's explicit `---` (and any directive) is kept; later ones get their separator from the join.
    const out = d.toString({ lineWidth: 0, indentSeq: true });
    return i === 0 ? out : out.replace(/^---[ \t]*\n/, '');
  });
  const body = printed.map((s) => s.trimEnd()).join('\n---\n');
  return { ok: true, text: body === '' ? '' : `${body}\n` };
}
