/** Walk a parsed document along a path, and apply a form edit to its node tree (the reference semantics of an edit). */
import { isAlias, isMap, isScalar, isSeq, type Document, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { formatPath, type PathSegment } from '../core/diagnostic';
import type { FormEdit } from './edit';

/** How a node is held by its parent: as the value of a mapping pair, or as a sequence item. */
export type Holder = { kind: 'pair'; map: YAMLMap; pair: Pair } | { kind: 'item'; seq: YAMLSeq; index: number };

export interface Step {
  node: unknown;
  holder?: Holder;
}

export interface Walk {
  /** steps[i] is the node at path.slice(0, i); steps[0] is the document's root. */
  steps: Step[];
  /** Whether the whole path exists. */
  complete: boolean;
}

function keyOf(p: Pair): unknown {
  return isScalar(p.key) ? p.key.value : p.key;
}

export function findPair(map: YAMLMap, seg: PathSegment): Pair | undefined {
  return map.items.find((p) => {
    const k = keyOf(p);
    return k === seg || (k !== null && k !== undefined && String(k) === String(seg));
  });
}

/** Follow `path` from the root as far as it exists. Throws on aliases (edits never go through an alias). */
export function walk(doc: Document, path: readonly PathSegment[]): Walk {
  const steps: Step[] = [{ node: doc.contents }];
  for (const seg of path) {
    const node = steps[steps.length - 1]!.node;
    if (isAlias(node)) throw new Error(`cannot edit through the alias at ${formatPath(path.slice(0, steps.length - 1)) || 'the root'}`);
    if (isMap(node)) {
      const pair = findPair(node, seg);
      if (!pair) return { steps, complete: false };
      steps.push({ node: pair.value, holder: { kind: 'pair', map: node, pair } });
    } else if (isSeq(node) && typeof seg === 'number' && seg >= 0 && seg < node.items.length) {
      steps.push({ node: node.items[seg], holder: { kind: 'item', seq: node, index: seg } });
    } else {
      return { steps, complete: false };
    }
  }
  return { steps, complete: true };
}

/** Whether a node is absent or an empty/null scalar (`key:` with nothing after it). */
export function isNullish(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null);
}

/** Nest `value` under the remaining path segments: numbers make sequences, strings make mappings. */
export function build(rest: readonly PathSegment[], value: unknown): unknown {
  let v = value;
  for (let i = rest.length - 1; i >= 0; i--) {
    const seg = rest[i]!;
    v = typeof seg === 'number' ? [v] : { [seg]: v };
  }
  return v;
}

function setDeep(doc: Document, path: readonly PathSegment[], value: unknown): void {
  const w = walk(doc, path);
  if (w.complete) {
    doc.setIn(path, doc.createNode(value));
    return;
  }
  const depth = w.steps.length - 1;
  const at = w.steps[depth]!.node;
  const rest = path.slice(depth);
  if (isNullish(at) && depth > 0) {
    doc.setIn(path.slice(0, depth), doc.createNode(build(rest, value)));
  } else if (isMap(at) || (isSeq(at) && rest[0] === at.items.length)) {
    at.set(rest[0], doc.createNode(build(rest.slice(1), value)));
  } else {
    throw new Error(`cannot set ${formatPath(path)}: ${formatPath(path.slice(0, depth)) || 'the document'} is not a mapping`);
  }
}

/** Apply `edit` to the node tree of `doc` (mutates it). Throws with a message when the edit does not fit. */
export function applyToAst(doc: Document, edit: FormEdit): void {
  if (edit.path.length === 0 && edit.op !== 'insert' && edit.op !== 'move') throw new Error('an edit needs a path inside the document');
  if (edit.op === 'set') {
    if (edit.value === undefined) applyToAst(doc, { op: 'delete', document: edit.document, path: edit.path });
    else setDeep(doc, edit.path, edit.value);
    return;
  }
  if (edit.op === 'delete') {
    if (walk(doc, edit.path).complete) doc.deleteIn(edit.path);
    return;
  }
  const w = walk(doc, edit.path);
  const node = w.complete ? w.steps[w.steps.length - 1]!.node : undefined;
  if (edit.op === 'insert') {
    if (isNullish(node)) return setDeep(doc, edit.path, [edit.value]);
    if (!isSeq(node)) throw new Error(`${formatPath(edit.path)} is not a list`);
    const index = edit.index ?? node.items.length;
    if (index < 0 || index > node.items.length) throw new Error(`index ${index} is outside ${formatPath(edit.path)}`);
    node.items.splice(index, 0, doc.createNode(edit.value));
    return;
  }
  if (!isSeq(node)) throw new Error(`${formatPath(edit.path)} is not a list`);
  const n = node.items.length;
  if (edit.from < 0 || edit.from >= n || edit.to < 0 || edit.to >= n) throw new Error(`move ${edit.from}→${edit.to} is outside ${formatPath(edit.path)}`);
  const [item] = node.items.splice(edit.from, 1);
  node.items.splice(edit.to, 0, item);
}
