/** Plan an import: which documents of pasted/uploaded YAML become workspace documents, and which are skipped and why. */
import { Document, isNode, stringify, type Document as YamlDocument } from 'yaml';
import type { IstioKind } from '../core/resource';
import { parseWorkspace } from '../yaml/parse';

export interface ImportedItem {
  kind: IstioKind;
  name: string;
  namespace?: string;
  /** 1-based line in the imported text. */
  line: number;
}

export interface SkippedItem {
  /** What was skipped, e.g. `Deployment apps/v1 web` or `document 3`. */
  label: string;
  reason: string;
  line: number;
}

export interface ImportPlan {
  imported: ImportedItem[];
  skipped: SkippedItem[];
  /** The documents to append, separated by `---`; empty when nothing is importable. */
  text: string;
}

/**
 * Largest text the import dialog plans: it parses on the main thread on every change, so this bounds the pause
 * (about a second per MB). Larger inputs go into the editor, whose validation runs in a worker, or the CLI.
 */
export const MAX_IMPORT_CHARS = 2 * 1024 * 1024;

/** Split `input` into importable Istio documents (a `kind: List` is expanded into its items). Never throws. */
export function planImport(input: string): ImportPlan {
  if (input.length > MAX_IMPORT_CHARS) {
    const mb = Math.round((input.length / 1024 / 1024) * 10) / 10;
    const reason = `the text is ${mb} MB; import takes up to ${MAX_IMPORT_CHARS / 1024 / 1024} MB at a time. Split it, or paste it into the editor`;
    return { imported: [], skipped: [{ label: 'the whole text', reason, line: 1 }], text: '' };
  }
  const ws = parseWorkspace(input);
  const imported: ImportedItem[] = [];
  const skipped: SkippedItem[] = [];
  const parts: string[] = [];

  for (const doc of ws.documents) {
    const line = doc.range.line;
    const label = `document ${doc.index + 1}`;
    const errors = ws.diagnostics.filter((d) => d.document === doc.index && d.source === 'yaml' && d.severity === 'error');
    if (doc.empty) {
      if (ws.documents.length > 1 || input.trim() !== '') skipped.push({ label, reason: 'empty document', line });
      continue;
    }
    if (errors.length > 0) {
      const e = errors[0]!;
      skipped.push({ label, reason: `YAML error at line ${e.range.line}: ${e.message}`, line: e.range.line });
      continue;
    }
    const isList = doc.kind === 'List';
    // Non-Istio documents and List items are reported by parse as YAML006 infos, positioned at the node.
    for (const d of ws.diagnostics) {
      if (d.document === doc.index && d.code === 'YAML006') skipped.push({ label: describeOther(doc.value, d.path), reason: d.message, line: d.range.line });
    }
    for (const r of doc.resources) {
      imported.push({ kind: r.kind, name: r.name, ...(r.namespace !== undefined ? { namespace: r.namespace } : {}), line: r.range.line });
      // Items of a List become documents of their own; a whole document keeps its source text and comments.
      parts.push(isList ? listItemText(doc.doc, doc.value, r.basePath) : sourceOf(input, doc.offset, doc.doc.range, doc.doc.toString()));
    }
  }
  return { imported, skipped, text: parts.join('\n---\n') };
}

/** A List item as a document of its own, printed from its node so its comments and scalar styles stay. */
function listItemText(doc: YamlDocument, value: unknown, basePath: (string | number)[]): string {
  const node = doc.getIn(basePath, true);
  if (!isNode(node)) return stringify(itemValue(value, basePath)).trimEnd();
  const clone = node.clone() as typeof node;
  // A comment right after `items:` belongs to the sequence, not to its first item, in yaml's tree.
  const seq = doc.getIn(basePath.slice(0, -1), true);
  if (basePath.at(-1) === 0 && isNode(seq) && seq.commentBefore) clone.commentBefore = [seq.commentBefore, clone.commentBefore].filter(Boolean).join('\n');
  const item = new Document();
  item.contents = clone;
  return item.toString({ lineWidth: 0 }).trimEnd();
}

function itemValue(value: unknown, basePath: (string | number)[]): unknown {
  let v = value;
  for (const seg of basePath) v = (v as Record<string | number, unknown>)[seg];
  return v;
}

/** The document's own text without its `---` marker (and directives); the printed document if that fails. */
function sourceOf(text: string, offset: number, range: [number, number, number], printed: string): string {
  const raw = text.slice(offset + range[0], offset + range[2]);
  const m = /^(?:%[^\n]*\n)*---[ \t]*\r?\n/.exec(raw);
  if (m) return raw.slice(m[0].length).trimEnd();
  if (raw.startsWith('%') || raw.startsWith('---')) return printed.replace(/^---\s*\n/, '').trimEnd();
  return raw.trimEnd();
}

function describeOther(value: unknown, path: string): string {
  const v = path.startsWith('items[') && value && typeof value === 'object' ? (value as { items?: unknown[] }).items?.[Number(path.slice(6, -1))] : value;
  if (!v || typeof v !== 'object') return 'document';
  const o = v as { kind?: unknown; metadata?: { name?: unknown } };
  const kind = typeof o.kind === 'string' ? o.kind : 'document';
  const name = o.metadata && typeof o.metadata.name === 'string' ? ` ${o.metadata.name}` : '';
  return `${kind}${name}`;
}
