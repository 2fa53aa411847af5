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
  const groups = new Map<string, Group>();
  for (const se of ix.serviceEntries) {
    if (se.ports.length === 0) continue;
    const scopes = se.scope.all ? [ALL] : [...se.scope.namespaces];
    for (const h of se.hosts) {
      // only hosts defined by two or more ServiceEntries can conflict
      if ((ix.seByHost.get(h.fqdn)?.length ?? 0) < 2) continue;
      for (const port of se.ports) {
        for (const scope of scopes) {
          const key = `${scope}|${h.host}|${port.number}`;
          const g = groups.get(key);
          if (g) g.members.push({ se, port });
          else groups.set(key, { scope, host: h.host, port: port.number, members: [{ se, port }] });
        }
      }
    }
  }
  const reported = new Set<IndexedServiceEntry>();
  for (const g of groups.values()) {
    // a namespace-scoped group also sees the entries exported everywhere
    const members = g.scope === ALL ? g.members : [...g.members, ...(groups.get(`${ALL}|${g.host}|${g.port}`)?.members ?? [])];
    if (members.length < 2) continue;
    const ses = [...new Set(members.map((m) => m.se))];
    if (ses.length < 2) continue;
    report(g, members, ses, reported, emit);
  }
}

interface Group {
  scope: string;
  host: string;
  port: number;
  members: Member[];
}

function report(g: Group, members: Member[], ses: IndexedServiceEntry[], reported: Set<IndexedServiceEntry>, emit: Emit): void {
  const names = [...new Set(ses.map((se) => displayName(se.resource)))].sort().join(', ');
  const protocols = [...new Set(members.map((m) => protocolOf(m.port)))].sort();
  for (const m of members) {
    if (reported.has(m.se)) continue;
    reported.add(m.se);
    const path = ['spec', 'ports', m.port.index, m.port.protocol ? 'protocol' : 'number'];
    if (protocols.length > 1) {
      emit(finding('XR013', m.se.resource, path,
        `Multiple ServiceEntries (${names}) define the same host "${g.host}" and port ${g.port} with conflicting protocols (${protocols.join(', ')}).`));
    } else {
      emit(finding('XR014', m.se.resource, path,
        `More than one ServiceEntry (${names}) defines host "${g.host}" and port ${g.port} (${protocols[0]}) for ${g.scope === ALL ? 'all namespaces' : `namespace ${g.scope}`}; keep one definition.`));
    }
  }
}

// NOTE: an unset protocol is TCP in Istio, so it does not conflict with an explicit TCP
function protocolOf(p: SePort): string {
  return p.protocol || 'TCP';
}
