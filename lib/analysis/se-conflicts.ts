/** ServiceEntries that define the same host and port for the same namespaces: duplicates and conflicting protocols. */
import type { Emit } from '../core/finding';
import { finding } from './catalog';
import { displayName, type IndexedServiceEntry, type SePort, type WorkspaceIndex } from './workspace-index';

interface Member {
  se: IndexedServiceEntry;
  port: SePort;
}

const ALL = '*';

/** istioctl ConflictingServiceEntryProtocolAnalyzer (IST0177) and Kiali KIA1211 (same host and port, same protocol). */
export function checkServiceEntryConflicts(ix: WorkspaceIndex, emit: Emit): void {
  const groups = new Map<string, Member[]>();
  for (const se of ix.serviceEntries) {
    const scopes = se.scope.all ? [ALL] : [...se.scope.namespaces];
    for (const h of se.hosts) {
      for (const port of se.ports) {
        for (const scope of scopes) {
          const key = `${scope}|${h.host}|${port.number}`;
          const list = groups.get(key);
          if (list) list.push({ se, port });
          else groups.set(key, [{ se, port }]);
        }
      }
    }
  }
  const conflicted = new Set<IndexedServiceEntry>();
  const duplicated = new Set<IndexedServiceEntry>();
  for (const [key, own] of groups) {
    const [scope, host, portText] = key.split('|') as [string, string, string];
    // a namespace-scoped group also sees the entries exported everywhere
    const members = scope === ALL ? own : [...own, ...(groups.get(`${ALL}|${host}|${portText}`) ?? [])];
    const ses = [...new Set(members.map((m) => m.se))];
    if (ses.length < 2) continue;
    const names = [...new Set(ses.map((se) => displayName(se.resource)))].sort().join(', ');
    const protocols = [...new Set(members.map((m) => protocolOf(m.port)))].sort();
    for (const m of members) {
      const path = ['spec', 'ports', m.port.index, m.port.protocol ? 'protocol' : 'number'];
      if (protocols.length > 1) {
        if (conflicted.has(m.se)) continue;
        conflicted.add(m.se);
        emit(finding('XR013', m.se.resource, path,
          `Multiple ServiceEntries (${names}) define the same host "${host}" and port ${portText} with conflicting protocols (${protocols.join(', ')}).`));
      } else {
        if (duplicated.has(m.se)) continue;
        duplicated.add(m.se);
        emit(finding('XR014', m.se.resource, path,
          `More than one ServiceEntry (${names}) defines host "${host}" and port ${portText} (${protocols[0]}) for ${scope === ALL ? 'all namespaces' : `namespace ${scope}`}; keep one definition.`));
      }
    }
  }
}

// NOTE: an unset protocol is TCP in Istio, so it does not conflict with an explicit TCP
function protocolOf(p: SePort): string {
  return p.protocol || 'TCP';
}
