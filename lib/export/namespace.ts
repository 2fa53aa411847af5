/** "Namespace for all": write one metadata.namespace into every namespaced object, keeping every other byte. */
import type { Diagnostic } from '../core/diagnostic';
import { applyEdit } from '../yaml/edit';
import { parseWorkspace } from '../yaml/parse';
import { objectsOf } from './scope';

/** RFC 1123 label, what Kubernetes requires of a namespace name. */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

// NOTE: built-in cluster-scoped kinds a workspace plausibly holds; a namespace on them is rejected by the API server.
const CLUSTER_SCOPED = new Set([
  'Namespace', 'Node', 'PersistentVolume', 'StorageClass', 'CustomResourceDefinition', 'ClusterRole', 'ClusterRoleBinding',
  'PriorityClass', 'IngressClass', 'RuntimeClass', 'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration', 'APIService',
]);

/** Why `namespace` cannot be a Kubernetes namespace name, or undefined when it can. */
export function namespaceProblem(namespace: string): string | undefined {
  if (namespace.length > 63) return 'a namespace name is at most 63 characters';
  if (!DNS_LABEL.test(namespace)) return 'a namespace name must consist of lower case letters, digits and "-", and start and end with a letter or digit (RFC 1123 label)';
  return undefined;
}

export type NamespaceResult = { ok: true; text: string; changed: number; diagnostics: Diagnostic[] } | { ok: false; message: string };

/**
 * Set `metadata.namespace` on every namespaced object (List items included) through the `yaml` Document API
 * edit (lib/yaml/edit), so comments, key order and unknown fields survive. Documents with YAML errors are left as
 * they are (export reports them). Never throws.
 */
export function setNamespaceForAll(text: string, namespace: string): NamespaceResult {
  const problem = namespaceProblem(namespace);
  if (problem) return { ok: false, message: problem };
  const workspace = parseWorkspace(text);
  const diagnostics: Diagnostic[] = [];
  let out = text;
  let changed = 0;
  for (const doc of workspace.documents) {
    for (const { basePath, object } of objectsOf(doc.value)) {
      if (typeof object.kind !== 'string' || CLUSTER_SCOPED.has(object.kind)) continue;
      const path = [...basePath, 'metadata', 'namespace'];
      const r = applyEdit(out, { op: 'set', document: doc.index, path, value: namespace });
      if (r.ok) {
        if (r.text !== out) changed++;
        out = r.text;
        continue;
      }
      diagnostics.push({
        severity: 'warning',
        code: 'EXP002',
        message: `namespace not set: ${r.message}`,
        path: basePath.length > 0 ? `items[${basePath[1]}].metadata` : 'metadata',
        range: doc.range,
        document: doc.index,
        source: 'yaml',
      });
    }
  }
  return { ok: true, text: out, changed, diagnostics };
}
