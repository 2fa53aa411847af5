/** One file per resource, zipped: `<namespace>/<kind>-<name>.yaml`, lower case. */
import { CST, Document, isMap, isSeq, type Node as YamlNode } from 'yaml';
import { strToU8, zipSync } from 'fflate';
import { parseEditable } from '../istio/versions';
import { isEmptyDocument } from './assemble';
import { MAX_ALIAS_COUNT } from '../yaml/parse';
import { namespaceOf } from './scope';

export interface ExportFile {
  /** Path inside the archive, e.g. `egress/serviceentry-httpbin.yaml`. */
  path: string;
  text: string;
}

/** A path segment safe on every file system and inside a zip: lower case, [a-z0-9.-], never `.`/`..`. */
function segment(raw: string, fallback: string): string {
  const s = raw.toLowerCase().replace(/[^a-z0-9.-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '');
  return s === '' ? fallback : s.slice(0, 100);
}

function fileName(object: unknown, index: number): string {
  if (!isRecordLike(object) || typeof object.kind !== 'string') return `document-${index + 1}.yaml`;
  const meta = isRecordLike(object.metadata) ? object.metadata : {};
  const name = typeof meta.name === 'string' ? meta.name : '';
  return `${segment(namespaceOf(object), 'default')}/${segment(object.kind, 'object')}-${segment(name, 'unnamed')}.yaml`;
}

function isRecordLike(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Make `path` unique among `taken` by adding `-2`, `-3`… before the extension. */
function unique(path: string, taken: Set<string>): string {
  let out = path;
  for (let n = 2; taken.has(out); n++) out = path.replace(/\.yaml$/, `-${n}.yaml`);
  taken.add(out);
  return out;
}

/**
 * Split an export into one file per Kubernetes object. A plain document keeps its exact text (the comments inside
 * it included); items of a `kind: List` become documents of their own through the `yaml` Document API. Never throws.
 */
export function splitResources(text: string): ExportFile[] {
  let stream: ReturnType<typeof parseEditable>;
  try {
    stream = parseEditable(text);
  } catch {
    // NOTE: text the parser cannot take (nested too deep) still goes out whole, in one file: nothing is dropped.
    return [{ path: 'workspace.yaml', text: text.endsWith('\n') ? text : `${text}\n` }];
  }
  const files: ExportFile[] = [];
  const taken = new Set<string>();
  let i = -1;
  for (const token of stream.tokens) {
    if (token.type !== 'document') continue;
    const doc = stream.docs[++i];
    if (!doc || isEmptyDocument(doc)) continue;
    const root = doc.contents;
    const items = doc.errors.length === 0 && isMap(root) && (root.get('kind') as unknown) === 'List' ? root.get('items', true) : undefined;
    if (!isSeq(items)) {
      const body = CST.stringify(token).replace(/^---\r?\n/, '');
      files.push({ path: unique(fileName(doc.errors.length === 0 ? safeJS(doc) : undefined, i), taken), text: body.endsWith('\n') ? body : `${body}\n` });
      continue;
    }
    (items.items as YamlNode[]).forEach((item, k) => {
      const single = new Document(item);
      // The comment above the first item belongs to the sequence in the parsed tree; it describes the item.
      if (k === 0 && items.commentBefore) single.commentBefore = items.commentBefore;
      files.push({ path: unique(fileName(safeJS(single), i), taken), text: single.toString({ lineWidth: 0 }) });
    });
  }
  return files;
}

function safeJS(doc: { toJS(o?: { maxAliasCount?: number }): unknown }): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return undefined;
  }
}

/** Zip `files` (deflated). `mtime` is the modification time written for every entry. */
export function zipFiles(files: readonly ExportFile[], mtime: Date = new Date()): Uint8Array {
  const tree: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const f of files) tree[f.path] = [strToU8(f.text), { mtime }];
  return zipSync(tree, { level: 6 });
}
