/** Which documents an export takes: all, the Istio ones, a selection, or one namespace. */
import { DEFAULT_NAMESPACE } from '../core/resource';
import type { ParsedWorkspace, WorkspaceDocument } from '../yaml/parse';

/**
 * Which documents to export: every one (default), only those holding Istio resources, an explicit list of
 * 0-based document indices (the selection in the studio), or the documents of one namespace (a document without
 * a namespace counts as `default`, as kubectl would apply it there with the default context).
 */
export type ExportScope = 'all' | 'istio' | { documents: readonly number[] } | { namespace: string };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The Kubernetes objects of a document's data: the document itself, or the items of a `kind: List`. */
export function objectsOf(value: unknown): { basePath: (string | number)[]; object: Record<string, unknown> }[] {
  if (!isRecord(value)) return [];
  if (value.kind === 'List' && Array.isArray(value.items)) {
    return value.items.flatMap((item, i) => (isRecord(item) ? [{ basePath: ['items', i], object: item }] : []));
  }
  return [{ basePath: [], object: value }];
}

/** The namespace of a Kubernetes object as kubectl applies it (`default` when unset). */
export function namespaceOf(object: Record<string, unknown>): string {
  const ns = isRecord(object.metadata) ? object.metadata.namespace : undefined;
  return typeof ns === 'string' && ns !== '' ? ns : DEFAULT_NAMESPACE;
}

function inNamespace(doc: WorkspaceDocument, namespace: string): boolean {
  return objectsOf(doc.value).some((o) => namespaceOf(o.object) === namespace);
}

/** A predicate over document indices for `scope`. A `kind: List` is kept whole when any item is in the namespace. */
export function scopeFilter(workspace: ParsedWorkspace, scope: ExportScope): (index: number) => boolean {
  if (scope === 'all') return () => true;
  if (scope === 'istio') return (i) => (workspace.documents[i]?.resources.length ?? 0) > 0;
  if ('documents' in scope) {
    const set = new Set(scope.documents);
    return (i) => set.has(i);
  }
  return (i) => {
    const doc = workspace.documents[i];
    return doc !== undefined && inNamespace(doc, scope.namespace);
  };
}

/** Every namespace the workspace's objects are in, sorted (for the scope picker). */
export function workspaceNamespaces(workspace: ParsedWorkspace): string[] {
  const set = new Set<string>();
  for (const d of workspace.documents) for (const o of objectsOf(d.value)) set.add(namespaceOf(o.object));
  return [...set].sort();
}

/** One exportable document for the selection list: `ServiceEntry httpbin`, `List (3 items)`, with its namespace. */
export interface DocumentChoice {
  index: number;
  label: string;
  namespace: string;
}

/** The non-empty documents of the workspace as choices for "selected resources". */
export function documentChoices(workspace: ParsedWorkspace): DocumentChoice[] {
  return workspace.documents.flatMap((d) => {
    if (d.empty) return [];
    const objects = objectsOf(d.value);
    const first = objects[0]?.object;
    if (isRecord(d.value) && d.value.kind === 'List') {
      return [{ index: d.index, label: `List (${objects.length} item${objects.length === 1 ? '' : 's'})`, namespace: first ? namespaceOf(first) : DEFAULT_NAMESPACE }];
    }
    if (!first) return [{ index: d.index, label: `Document ${d.index + 1} (unreadable)`, namespace: DEFAULT_NAMESPACE }];
    const kind = typeof first.kind === 'string' ? first.kind : 'Document';
    const name = isRecord(first.metadata) && typeof first.metadata.name === 'string' ? first.metadata.name : `#${d.index + 1}`;
    return [{ index: d.index, label: `${kind} ${name}`, namespace: namespaceOf(first) }];
  });
}
