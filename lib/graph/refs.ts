/** References from graph elements back to the resources (and paths) they come from. */
import { formatPath, type PathSegment } from '../core/diagnostic';
import type { IstioResource } from '../core/resource';
import { resourceKey } from './diagnostics';
import type { GraphLocation, GraphResourceRef } from './types';

/** The resource as a graph element names it. */
export function refTo(r: IstioResource): GraphResourceRef {
  const ref: GraphResourceRef = { kind: r.kind, name: r.name, document: r.document };
  if (r.namespace !== undefined) ref.namespace = r.namespace;
  return ref;
}

/** Where to reveal `path` (relative to the resource) in the editor; includes the resource's base path inside a List. */
export function locate(r: IstioResource, ...path: PathSegment[]): GraphLocation {
  return { document: r.document, path: formatPath([...r.basePath, ...path]) };
}

/** The key diagnostics of this resource are indexed under. */
export function keyOf(r: IstioResource): string {
  return resourceKey(r.document, r.kind, r.namespace, r.name);
}

/** `ns/name` of a resource, for details. */
export function qualified(r: IstioResource): string {
  return `${r.effectiveNamespace}/${r.name}`;
}
