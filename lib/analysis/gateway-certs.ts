/** The same TLS certificate on several Gateways of one workload: HTTP/2 connection reuse can then hit the wrong one. */
import type { PathSegment } from '../core/diagnostic';
import type { Emit } from '../core/finding';
import { arr, obj, str, type Obj } from './data';
import { finding } from './catalog';
import { displayName, type IndexedGateway, type WorkspaceIndex } from './workspace-index';

interface TlsServer {
  gw: IndexedGateway;
  path: PathSegment[];
}

/** istioctl CertificateAnalyzer (IST0138): compared with Gateways whose selector contains all of this one's labels. */
export function checkGatewayCertificates(ix: WorkspaceIndex, emit: Emit): void {
  // group by certificate first, so only Gateways sharing one are compared
  const byCert = new Map<string, TlsServer[]>();
  for (const gw of ix.gateways) {
    arr(gw.spec.servers).forEach((s, i) => {
      const tls = obj(obj(s)?.tls);
      const id = certificateId(tls);
      if (!id) return;
      const entry = { gw, path: ['spec', 'servers', i, 'tls', str(tls?.credentialName) ? 'credentialName' : 'serverCertificate'] };
      const list = byCert.get(id);
      if (list) list.push(entry);
      else byCert.set(id, [entry]);
    });
  }
  const reported = new Set<string>();
  for (const servers of byCert.values()) {
    for (const a of servers) {
      for (const b of servers) {
        if (a.gw === b.gw || a.gw.key === b.gw.key) continue;
        if (!selectorSubset(obj(a.gw.spec.selector), obj(b.gw.spec.selector))) continue;
        const pair = `${a.gw.key} ${b.gw.key}`;
        if (reported.has(pair)) continue;
        reported.add(pair);
        emit(finding('XR020', a.gw.resource, a.path,
          `Duplicate certificate in multiple gateways [${displayName(a.gw.resource)} ${displayName(b.gw.resource)}] may cause 404s if clients re-use HTTP2 connections.`));
      }
    }
  }
}

/** istio haveSameCertificate: equal credentialName, or (with none) equal serverCertificate and privateKey. */
function certificateId(tls: Obj | undefined): string | undefined {
  if (!tls) return undefined;
  const cred = str(tls.credentialName);
  if (cred) return `credential:${cred}`;
  const cert = str(tls.serverCertificate);
  const key = str(tls.privateKey);
  return cert && key ? `files:${cert}\n${key}` : undefined;
}

/** Every label of `x` is in `y` with the same value (an empty `x` selects everything). */
function selectorSubset(x: Obj | undefined, y: Obj | undefined): boolean {
  return Object.entries(x ?? {}).every(([k, v]) => y !== undefined && k in y && y[k] === v);
}
