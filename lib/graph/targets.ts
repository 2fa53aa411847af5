/** Which node a destination host lands on: a Gateway (via its service), a ServiceEntry host, or a host not in the workspace. */
import type { Builder } from './builder';
import { hostId, type Context } from './context';
import { gatewaysForHost, ISTIO_SYSTEM, looksLikeGatewayHost } from './derive-gateways';
import { isKubeHost, kubeServiceOf, lookupHost } from './hosts';

/** Code of the graph's own warning: a gateway service host that no Gateway of the workspace selects. */
export const UNMATCHED_GATEWAY_HOST = 'GRAPH001';

/**
 * Node ids for traffic to `host` (already resolved to an FQDN). Missing nodes are created: an unmatched gateway
 * service as a `gateway` node with a warning, any other unknown host as a `service`/`external` node "not in workspace".
 */
export function resolveTargets(b: Builder, ctx: Context, host: string, preferredGateways: readonly string[] = []): string[] {
  const gateways = gatewaysForHost(ctx, host, preferredGateways);
  if (gateways.length) {
    for (const g of gateways) b.detail(g.id, 'serviceHost', host);
    return gateways.map((g) => g.id);
  }
  const se = lookupHost(ctx.seIndex, host)?.[0];
  if (se !== undefined) {
    if (se !== host) b.detail(hostId(se), 'alsoCovers', host);
    return [hostId(se)];
  }
  const svc = kubeServiceOf(host);
  if (looksLikeGatewayHost(host)) {
    const id = `gateway-host:${host}`;
    b.node(
      {
        id,
        type: 'gateway',
        label: host,
        namespace: svc?.namespace,
        details: {
          registry: 'not in workspace',
          warning: `no Gateway in the workspace selects this service (a Gateway with selector label value X is reached by istio-X or X in its namespace or ${ISTIO_SYSTEM})`,
        },
      },
      [],
      [UNMATCHED_GATEWAY_HOST],
    );
    return [id];
  }
  const id = hostId(host);
  b.node({
    id,
    type: isKubeHost(host) ? 'service' : 'external',
    label: host,
    namespace: svc?.namespace,
    details: { registry: isKubeHost(host) ? 'not in workspace (a Kubernetes service)' : 'not in workspace (no ServiceEntry)' },
  });
  return [id];
}
