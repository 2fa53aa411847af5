/** Several mesh-bound VirtualServices that define the same host for the same namespaces (undefined behaviour). */
import type { Emit } from '../core/finding';
import { strings } from './data';
import { finding } from './catalog';
import { hostsMatch } from './hosts';
import { displayName, wildcardKeys, type IndexedVirtualService, type WorkspaceIndex } from './workspace-index';
import { MESH } from './vs-routes';

interface Member {
  vs: IndexedVirtualService;
  hostIndex: number;
}

const ALL = '*';

/** istioctl ConflictingMeshGatewayHostsAnalyzer (IST0109): groups by (exportTo scope, host). */
export function checkConflictingMeshVs(ix: WorkspaceIndex, emit: Emit): void {
  const groups = new Map<string, Member[]>();
  const allScope = new Map<string, Member[]>();
  const entries: { vs: IndexedVirtualService; host: string; index: number }[] = [];
  const count = new Map<string, number>();
  for (const vs of ix.virtualServices) {
    if (!vs.gateways.includes(MESH)) continue;
    const ns = vs.resource.effectiveNamespace;
    for (const { value, index } of strings(vs.spec.hosts)) {
      // NOTE: istioctl's ScopedFqdn: only a short name is expanded; `a.b` and wildcards stay as written
      const host = value.startsWith('*') || value.includes('.') ? value : `${value}.${ns}.svc.cluster.local`;
      entries.push({ vs, host, index });
      count.set(host, (count.get(host) ?? 0) + 1);
      if (vs.scope.all) add(allScope, host, { vs, hostIndex: index });
    }
  }
  const starWildcards = [...allScope.keys()].filter((h) => h.startsWith('*'));
  // a host can conflict only if another VirtualService names it, or a wildcard is involved
  const candidate = (host: string) =>
    (count.get(host) ?? 0) > 1 || host.startsWith('*') || (starWildcards.length > 0 && wildcardKeys(host).some((k) => allScope.has(k)));
  for (const { vs, host, index } of entries) {
    if (!candidate(host)) continue;
    for (const scope of vs.scope.all ? [ALL] : vs.scope.namespaces) add(groups, `${scope}/${host}`, { vs, hostIndex: index });
  }
  const reported = new Set<IndexedVirtualService>();
  for (const [key, members] of groups) {
    const slash = key.indexOf('/');
    const scope = key.slice(0, slash);
    const host = key.slice(slash + 1);
    const all = scope === ALL ? members : [...members, ...allScopeMatches(allScope, host)];
    const distinct = dedupe(all);
    if (distinct.length < 2) continue;
    const names = [...new Set(distinct.map((m) => displayName(m.vs.resource)))].sort().join(',');
    for (const m of distinct) {
      if (reported.has(m.vs)) continue;
      reported.add(m.vs);
      emit(finding('XR008', m.vs.resource, ['spec', 'hosts', m.hostIndex],
        `The VirtualServices ${names} associated with mesh gateway define the same host ${key} which can lead to undefined behavior. ` +
        'This can be fixed by merging the conflicting VirtualServices into a single resource.'));
    }
  }
}

function add(m: Map<string, Member[]>, k: string, v: Member): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** VirtualServices exported everywhere whose host matches `host` (exact or wildcard either way). */
function allScopeMatches(allScope: Map<string, Member[]>, host: string): Member[] {
  const out: Member[] = [];
  for (const k of wildcardKeys(host)) out.push(...(allScope.get(k) ?? []));
  // a wildcard host also takes in the narrower hosts below it; rare, so a scan is fine
  if (host.startsWith('*')) for (const [k, list] of allScope) if (!k.startsWith('*') && hostsMatch(host, k)) out.push(...list);
  return out;
}

function dedupe(members: Member[]): Member[] {
  const seen = new Set<IndexedVirtualService>();
  return members.filter((m) => (seen.has(m.vs) ? false : (seen.add(m.vs), true)));
}
