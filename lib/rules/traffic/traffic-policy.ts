/** TrafficPolicy checks (Istio `validateTrafficPolicy`, `validatePortTrafficPolicies`, `validateTunnelSettings`). */
import { validateFqdn, validateIpAddress, validatePort } from '../common';
import { checkClientTls } from './client-tls';
import { checkConnectionPool } from './connection-pool';
import { errorsOnly, type Path, type RuleContext } from './context';
import { checkLoadBalancer } from './load-balancer';
import { checkOutlierDetection } from './outlier-detection';
import { has, isObj, list, num, str } from './values';

const POLICY_FIELDS = ['outlierDetection', 'connectionPool', 'loadBalancer', 'tls', 'portLevelSettings', 'tunnel', 'proxyProtocol', 'retryBudget'];
const PORT_POLICY_FIELDS = ['outlierDetection', 'connectionPool', 'loadBalancer', 'tls'];

/** The four blocks a traffic policy and a port-level policy share. */
function checkBlocks(ctx: RuleContext, policy: Record<string, unknown>, path: Path): void {
  checkOutlierDetection(ctx, policy.outlierDetection, [...path, 'outlierDetection']);
  checkConnectionPool(ctx, policy.connectionPool, [...path, 'connectionPool']);
  checkLoadBalancer(ctx, policy.loadBalancer, has(policy, 'outlierDetection'), [...path, 'loadBalancer']);
  checkClientTls(ctx, policy.tls, [...path, 'tls']);
}

function checkTunnel(ctx: RuleContext, tunnel: unknown, path: Path): void {
  if (!isObj(tunnel)) return;
  const protocol = str(tunnel, 'protocol') ?? '';
  if (protocol !== '' && protocol !== 'CONNECT' && protocol !== 'POST') ctx.report('DR025', [...path, 'protocol'], 'tunnel protocol must be "CONNECT" or "POST"');
  const host = str(tunnel, 'targetHost') ?? '';
  const fqdnErr = validateFqdn(host);
  const ipErr = validateIpAddress(host);
  if (fqdnErr && ipErr) ctx.report('DR025', has(tunnel, 'targetHost') ? [...path, 'targetHost'] : path, `tunnel target host must be valid FQDN or IP address: ${fqdnErr}; ${ipErr}`, has(tunnel, 'targetHost') ? undefined : 'key');
  const port = num(tunnel, 'targetPort') ?? 0;
  const portErr = validatePort(port);
  if (portErr) ctx.report('DR025', has(tunnel, 'targetPort') ? [...path, 'targetPort'] : path, `tunnel target port is invalid: ${portErr}`, has(tunnel, 'targetPort') ? undefined : 'key');
}

function checkPortPolicies(ctx: RuleContext, items: unknown[], path: Path): void {
  items.forEach((item, i) => {
    const at = [...path, i];
    if (!isObj(item)) {
      if (item === null) ctx.report('DR024', at, 'traffic policy may not be null');
      return;
    }
    if (!has(item, 'port')) ctx.report('DR024', at, 'portTrafficPolicy must have valid port');
    if (!PORT_POLICY_FIELDS.some((f) => has(item, f))) ctx.report('DR024', at, 'port traffic policy must have at least one field');
    else checkBlocks(ctx, item, at);
  });
}

/** Validate a `trafficPolicy` (top level or of a subset) at `path`. */
export function checkTrafficPolicy(ctx: RuleContext, policy: unknown, path: Path): void {
  if (!isObj(policy)) return;
  const fieldSet = (f: string) => (f === 'portLevelSettings' ? list(policy, f).length > 0 : has(policy, f));
  if (!POLICY_FIELDS.some(fieldSet)) {
    ctx.report('DR005', path, 'traffic policy must have at least one field');
    return;
  }
  if (has(policy, 'tunnel') && has(policy, 'proxyProtocol')) {
    ctx.report('DR006', [...path, 'proxyProtocol'], 'tunnel and proxyProtocol must not be set together', 'key');
    return;
  }
  checkBlocks(ctx, policy, path);
  // NOTE: port-level policies go through Istio's appendErrors, which drops their warnings
  checkPortPolicies(errorsOnly(ctx), list(policy, 'portLevelSettings'), [...path, 'portLevelSettings']);
  checkTunnel(ctx, policy.tunnel, [...path, 'tunnel']);
}
