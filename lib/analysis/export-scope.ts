/** exportTo visibility: which namespaces see a ServiceEntry, VirtualService or DestinationRule. */
import { arr } from './data';

/** Parsed `exportTo`: everyone, or a set of namespaces. */
export interface ExportScope {
  all: boolean;
  namespaces: ReadonlySet<string>;
}

/** `exportTo` as Istio reads it: unset or `*` = all namespaces, `.` = the resource's own, `~` = none. */
const EVERYONE: ExportScope = { all: true, namespaces: new Set() };

export function exportScope(exportTo: unknown, ownNamespace: string): ExportScope {
  if (exportTo === undefined || exportTo === null) return EVERYONE;
  const list = arr(exportTo).filter((x): x is string => typeof x === 'string');
  if (list.length === 0 || list.includes('*')) return EVERYONE;
  const namespaces = new Set<string>();
  for (const e of list) {
    if (e === '.') namespaces.add(ownNamespace);
    else if (e !== '~') namespaces.add(e);
  }
  return { all: false, namespaces };
}

/** Whether a resource with this scope is visible from `namespace`. */
export function visibleFrom(scope: ExportScope, namespace: string): boolean {
  return scope.all || scope.namespaces.has(namespace);
}

/** Human form of a scope for messages: `all namespaces`, `namespace egress`, `no namespace`. */
export function describeScope(scope: ExportScope): string {
  if (scope.all) return 'all namespaces';
  const list = [...scope.namespaces].sort();
  if (list.length === 0) return 'no namespace';
  return `${list.length === 1 ? 'namespace' : 'namespaces'} ${list.join(', ')}`;
}
