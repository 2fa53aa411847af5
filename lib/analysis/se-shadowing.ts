/** One host defined by ServiceEntries of several namespaces that some namespace sees together: only one applies there. */
import type { Emit } from '../core/finding';
import { finding } from './catalog';
import { describeScope, visibleFrom, type ExportScope } from './export-scope';
import { displayName, type SeHost, type WorkspaceIndex } from './workspace-index';

/**
 * XR024: pilot keeps one service per host for a proxy (its own namespace's, else the oldest), so a second
 * definition from another namespace is silently ignored there. Pairs sharing a port are XR013/XR014 already.
 */
export function checkServiceEntryShadowing(ix: WorkspaceIndex, emit: Emit): void {
  for (const [host, entries] of ix.seByHost) {
    if (entries.length < 2) continue;
    const namespaces = new Set(entries.map((h) => h.se.resource.effectiveNamespace));
    if (namespaces.size < 2) continue;
    const reported = new Set<SeHost>();
    for (const a of entries) {
      for (const b of entries) {
        if (a === b || reported.has(a) || a.se.resource.effectiveNamespace === b.se.resource.effectiveNamespace) continue;
        if (sharePort(a, b) || !overlap(a.se.scope, b.se.scope)) continue;
        reported.add(a);
        emit(finding('XR024', a.se.resource, ['spec', 'hosts', a.index],
          `ServiceEntries ${displayName(a.se.resource)} and ${displayName(b.se.resource)} both define host ${host} (exported to ${describeScope(a.se.scope)} and ${describeScope(b.se.scope)}); ` +
          'a proxy that sees both uses only one of them (its own namespace’s, else the oldest), so the other one’s ports and endpoints are ignored there.'));
      }
    }
  }
}

function sharePort(a: SeHost, b: SeHost): boolean {
  return a.se.ports.some((p) => b.se.ports.some((q) => q.number === p.number));
}

/** Whether some namespace sees both scopes. */
function overlap(a: ExportScope, b: ExportScope): boolean {
  if (a.all || b.all) return a.all ? b.all || b.namespaces.size > 0 : a.namespaces.size > 0;
  for (const ns of a.namespaces) if (visibleFrom(b, ns)) return true;
  return false;
}
