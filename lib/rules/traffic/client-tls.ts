/** ClientTLSSettings checks (Istio agent `ValidateTLS`), for DestinationRule traffic policies. */
import { goQuote } from '../common';
import type { Path, RuleContext } from './context';
import { hasItems, isObj, str } from './values';

const CONFIGMAP = 'configmap://';

/** credentials.ParseResourceName for `configmap://<namespace>/<name>`: the error, or the namespace. */
function parseConfigMap(name: string): { error: string } | { namespace: string } {
  const split = name.slice(CONFIGMAP.length).split('/');
  if (split.length <= 1) return { error: `invalid resource name ${goQuote(name)}. Expected namespace and name` };
  if (split[0] === '') return { error: `invalid resource name ${goQuote(name)}. Expected namespace` };
  if (split[1] === '') return { error: `invalid resource name ${goQuote(name)}. Expected name` };
  return { namespace: split[0]! };
}

const set = (tls: Record<string, unknown>, key: string) => (str(tls, key) ?? '') !== '';

/** Validate a `tls` block at `path`. */
export function checkClientTls(ctx: RuleContext, tls: unknown, path: Path): void {
  if (!isObj(tls)) return;
  const mode = tls.mode;
  const simple = mode === 'SIMPLE' || mode === 1;
  const mutual = mode === 'MUTUAL' || mode === 2;
  const credentialName = str(tls, 'credentialName') ?? '';
  if (credentialName.startsWith(CONFIGMAP)) {
    const parsed = parseConfigMap(credentialName);
    const at = [...path, 'credentialName'];
    if ('error' in parsed) ctx.report('DR023', at, `invalid configmap:// credentialName: ${parsed.error}`);
    else if (parsed.namespace !== ctx.namespace) ctx.report('DR023', at, `invalid configmap:// credentialName: namespace must match the configuration namespace ${goQuote(ctx.namespace)}`);
  }
  const sans = hasItems(tls, 'subjectAltNames');
  if (tls.insecureSkipVerify === true) {
    const at = [...path, 'insecureSkipVerify'];
    if (simple && (set(tls, 'caCertificates') || credentialName !== '' || sans)) {
      ctx.report('DR023', at, 'cannot specify CaCertificates or CredentialName or SubjectAltNames when InsecureSkipVerify is set true');
    }
    if (mutual && (set(tls, 'caCertificates') || sans)) ctx.report('DR023', at, 'cannot specify CaCertificates or SubjectAltNames when InsecureSkipVerify is set true');
  }
  if ((simple || mutual) && credentialName !== '') {
    const extra = ['clientCertificate', 'caCertificates', 'privateKey', 'caCrl'].find((k) => set(tls, k));
    if (extra) ctx.report('DR023', [...path, extra], 'cannot specify client certificates or CA certificate or CA CRL If credentialName is set', 'key');
    return;
  }
  if (mutual) {
    if (!set(tls, 'clientCertificate')) ctx.report('DR023', [...path, 'mode'], 'client certificate required for mutual tls');
    if (!set(tls, 'privateKey')) ctx.report('DR023', [...path, 'mode'], 'private key required for mutual tls');
  }
}
