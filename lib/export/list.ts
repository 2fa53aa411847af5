/** Kubernetes `List` output: every exported object as an item of one `apiVersion: v1, kind: List` document. */
import { Document, isMap, isSeq, parseAllDocuments, type Node as YamlNode } from 'yaml';
import { findTooDeep, MAX_NESTING } from '../yaml/depth';
import { MAX_ALIAS_COUNT } from '../yaml/parse';
import { isEmptyDocument } from './assemble';

export type ListResult = { ok: true; text: string; items: number } | { ok: false; message: string };

const joinComments = (...parts: (string | null | undefined)[]) => parts.filter((p): p is string => !!p).join('\n') || undefined;

/** A comment above a map's first key belongs to the map once the map becomes a sequence item (else it prints after `- `). */
function hoistKeyComment(node: YamlNode): void {
  const key = isMap(node) ? (node.items[0]?.key as YamlNode | undefined) : undefined;
  if (!key || typeof key !== 'object' || !('commentBefore' in key) || !key.commentBefore) return;
  node.commentBefore = joinComments(node.commentBefore, key.commentBefore);
  key.commentBefore = undefined;
}

/**
 * Wrap the documents of `text` (an export, already converted) in a Kubernetes `List`. Nodes move over with the
 * `yaml` Document API, so comments, key order, quoting and unknown fields survive; a `kind: List` document
 * contributes its items (kubectl does not nest Lists). Refuses text with YAML errors. Never throws.
 */
export function toKubernetesList(text: string): ListResult {
  if (findTooDeep(text) !== undefined) return { ok: false, message: `the YAML nests deeper than ${MAX_NESTING} levels` };
  try {
    const docs = parseAllDocuments(text, { prettyErrors: false });
    const list = new Document({ apiVersion: 'v1', kind: 'List', items: [] });
    const items = list.get('items', true);
    if (!isSeq(items)) return { ok: false, message: 'internal: List has no items sequence' };
    let pending: string | undefined;
    for (const [i, doc] of (Array.isArray(docs) ? docs : []).entries()) {
      if (doc.errors.length > 0) return { ok: false, message: `document ${i + 1} has YAML errors: ${doc.errors[0]!.message.split('\n')[0]}` };
      if (isEmptyDocument(doc)) {
        pending = joinComments(pending, doc.commentBefore, doc.comment);
        continue;
      }
      const root = doc.contents as YamlNode;
      const nested = isMap(root) && root.get('kind') === 'List' ? root.get('items', true) : undefined;
      const moved: YamlNode[] = isSeq(nested) ? (nested.items as YamlNode[]) : [root];
      if (moved.length === 0) continue;
      moved.forEach(hoistKeyComment);
      const first = moved[0]!;
      // Comments above a document (and above a nested List) go above its first item; the ones below, below its last.
      const above = joinComments(pending, doc.commentBefore, isSeq(nested) ? joinComments(root.commentBefore, nested.commentBefore) : undefined, first.commentBefore);
      pending = undefined;
      // NOTE: `yaml` prints the first item's commentBefore after its `- `; on the sequence it prints above it.
      if (items.items.length === 0) [items.commentBefore, first.commentBefore] = [above, undefined];
      else first.commentBefore = above;
      const last = moved[moved.length - 1]!;
      last.comment = joinComments(last.comment, doc.comment);
      items.items.push(...moved);
    }
    if (pending) list.comment = pending;
    // NOTE: lineWidth 0 keeps long strings on one line, as they were written; anchors stay with their nodes.
    const out = list.toString({ lineWidth: 0 });
    // Read the result back: a List whose data differs from its documents must never be offered.
    const check = parseAllDocuments(out);
    if (!Array.isArray(check) || check.length !== 1 || check[0]!.errors.length > 0) return { ok: false, message: 'internal: the List does not parse back' };
    check[0]!.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { ok: true, text: out, items: items.items.length };
  } catch (e) {
    return { ok: false, message: `cannot build a List: ${e instanceof Error ? e.message : String(e)}` };
  }
}
