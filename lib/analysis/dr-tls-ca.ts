/** TLS origination (SIMPLE/MUTUAL) should verify the server: caCertificates, or credentialName where Istio reads it. */
import type { PathSegment } from '../core/diagnostic';
import type { Emit } from '../core/finding';
import type { IstioResource } from '../core/resource';
import { arr, obj, portNumber, str, type Obj } from './data';
import { finding } from './catalog';
import type { WorkspaceIndex } from './workspace-index';

/** istioctl CaCertificateAnalyzer (IST0128 top level, IST0129 per port) plus the same check per subset (XR012). */
export function checkDestinationRuleTlsCa(ix: WorkspaceIndex, emit: Emit): void {
  for (const dr of ix.destinationRules) {
    // NOTE: istioctl accepts credentialName instead of caCertificates only with a workloadSelector: sidecars read
    // credentialName only then (gateways always do, but the analyzer cannot tell which proxy uses the rule).
    const credentialOk = obj(dr.spec.workloadSelector) !== undefined;
    const ctx = { r: dr.resource, host: dr.host, credentialOk, emit };
    const policy = obj(dr.spec.trafficPolicy);
    checkPolicy(ctx, policy, ['spec', 'trafficPolicy'], undefined);
    arr(dr.spec.subsets).forEach((s, i) => {
      const subset = obj(s);
      const name = str(subset?.name) ?? `#${i}`;
      checkPolicy(ctx, obj(subset?.trafficPolicy), ['spec', 'subsets', i, 'trafficPolicy'], name);
    });
  }
}

interface Ctx {
  r: IstioResource;
  host: string;
  credentialOk: boolean;
  emit: Emit;
}

function checkPolicy(ctx: Ctx, policy: Obj | undefined, path: PathSegment[], subset: string | undefined): void {
  if (!policy) return;
  check(ctx, obj(policy.tls), [...path, 'tls'], subset, undefined);
  arr(policy.portLevelSettings).forEach((p, i) => {
    const port = portNumber(obj(obj(p)?.port)?.number);
    check(ctx, obj(obj(p)?.tls), [...path, 'portLevelSettings', i, 'tls'], subset, port ?? 0);
  });
}

function check(ctx: Ctx, tls: Obj | undefined, path: PathSegment[], subset: string | undefined, port: number | undefined): void {
  const mode = str(tls?.mode);
  if (!tls || (mode !== 'SIMPLE' && mode !== 'MUTUAL')) return;
  if (str(tls.caCertificates) || tls.insecureSkipVerify === true) return;
  if (str(tls.credentialName) && ctx.credentialOk) return;
  const { r } = ctx;
  const head = `DestinationRule ${r.name} in namespace ${r.effectiveNamespace} has TLS mode set to ${mode} but no caCertificates are set to validate server identity for host: ${ctx.host}`;
  const why = str(tls.credentialName) ? ' (credentialName is read by sidecars only when the DestinationRule has a workloadSelector)' : '';
  const at = [...path, 'mode'];
  if (subset !== undefined) {
    ctx.emit(finding('XR012', r, at, `${head} in subset "${subset}"${port !== undefined ? ` at port number:${port}` : ''}${why}`));
  } else if (port !== undefined) {
    ctx.emit(finding('XR011', r, at, `${head} at port number:${port}${why}`));
  } else {
    ctx.emit(finding('XR010', r, at, `${head}${why}`));
  }
}
