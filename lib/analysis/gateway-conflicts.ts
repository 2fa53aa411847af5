/** Gateways with the same workload selector, port and a shared host: the proxy cannot serve both. */
import type { PathSegment } from '../core/diagnostic';
import type { Emit } from '../core/finding';
import { arr, obj, portNumber, str, strings, type Obj } from './data';
import { finding } from './catalog';
import { hostsMatch } from './hosts';
import { displayName, type IndexedGateway, type WorkspaceIndex } from './workspace-index';

interface Server {
  gw: IndexedGateway;
  hosts: string[];
  path: PathSegment[];
}

/** Kubernetes label-selector text (`k=v,k2=v2`, keys sorted), as istioctl prints selectors. */
export function selectorText(selector: Obj | undefined): string {
  if (!selector) return '';
  return Object.keys(selector).sort().map((k) => `${k}=${String(selector[k])}`).join(',');
}

/** istioctl ConflictingGatewayAnalyzer (IST0145): same selector, port number and bind, matching hosts. */
export function checkGatewayConflicts(ix: WorkspaceIndex, emit: Emit): void {
  const byKey = new Map<string, Server[]>();
  for (const gw of ix.gateways) {
    const selector = selectorText(obj(gw.spec.selector));
    arr(gw.spec.servers).forEach((s, i) => {
      const server = obj(s);
      // NOTE: a server without a port is keyed as port 0, as istioctl does
      const port = portNumber(obj(server?.port)?.number) ?? 0;
      const key = `${selector}~${port}~${str(server?.bind) ?? ''}`;
      const entry: Server = { gw, hosts: strings(server?.hosts).map((h) => h.value), path: ['spec', 'servers', i] };
      const list = byKey.get(key);
      if (list) list.push(entry);
      else byKey.set(key, [entry]);
    });
  }
  for (const [key, servers] of byKey) {
    if (new Set(servers.map((s) => s.gw)).size < 2) continue;
    const [selector, port] = key.split('~') as [string, string];
    for (const s of servers) {
      const others = new Set<string>();
      for (const o of servers) {
        if (o.gw === s.gw || o.gw.key === s.gw.key) continue;
        if (s.hosts.some((h) => o.hosts.some((oh) => hostsMatch(h, oh)))) others.add(displayName(o.gw.resource));
      }
      if (others.size === 0) continue;
      emit(finding('XR019', s.gw.resource, [...s.path, 'hosts'],
        `Conflict with gateways ${[...others].sort().join(',')} (workload selector ${selector}, port ${port}, hosts ${s.hosts.join(',')}).`));
    }
  }
}
