/** The five Istio networking kinds Entryway models, and the normalized resource shape passes work on. */
import type { PathSegment, Range, ResourceRef } from './diagnostic';

export const ISTIO_GROUP = 'networking.istio.io';
export const API_VERSIONS = ['v1alpha3', 'v1beta1', 'v1'] as const;
export type ApiVersion = (typeof API_VERSIONS)[number];

export const ISTIO_KINDS = ['ServiceEntry', 'WorkloadEntry', 'DestinationRule', 'VirtualService', 'Gateway'] as const;
export type IstioKind = (typeof ISTIO_KINDS)[number];

export function isIstioKind(kind: unknown): kind is IstioKind {
  return typeof kind === 'string' && (ISTIO_KINDS as readonly string[]).includes(kind);
}

/** Namespace used in analysis when metadata has none (Kubernetes semantics); never written into output. */
export const DEFAULT_NAMESPACE = 'default';

/**
 * One Istio resource of the workspace, as plain data (the document's `toJS()`), with where it came from.
 * `spec` is unknown-typed on purpose: passes must not assume structure validation passed.
 */
export interface IstioResource {
  kind: IstioKind;
  apiVersion: string;
  /** 0-based document index in the workspace. */
  document: number;
  name: string;
  /** As written; undefined when absent. */
  namespace?: string;
  /** namespace ?? DEFAULT_NAMESPACE — what analysis uses. */
  effectiveNamespace: string;
  metadata: Record<string, unknown>;
  spec: unknown;
  /** The object's `status`, when the document has one (e.g. exported from a cluster); analysis reads it. */
  status?: unknown;
  /** Top-level keys besides apiVersion, kind, metadata, spec and status, when there are any (the structure pass reports them). */
  extraKeys?: string[];
  /** Range of the resource's node (the whole document, or the item of a `kind: List`). */
  range: Range;
  /** Where the resource sits in its document: [] normally, ['items', i] inside a `kind: List`. */
  basePath: PathSegment[];
}

export function refOf(r: Pick<IstioResource, 'kind' | 'name' | 'namespace'>): ResourceRef {
  return r.namespace === undefined ? { kind: r.kind, name: r.name } : { kind: r.kind, name: r.name, namespace: r.namespace };
}
