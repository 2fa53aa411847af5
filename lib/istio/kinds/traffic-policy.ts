/** DestinationRule traffic policy: connection pools, outlier detection, client TLS, per-port settings, tunnel. */
import { z } from 'zod';
import { double, duration, int32, stringList, uint32 } from './common';
import { LoadBalancerSettingsSchema } from './load-balancer';

export const H2_UPGRADE_POLICIES = ['DEFAULT', 'DO_NOT_UPGRADE', 'UPGRADE'] as const;
export const CLIENT_TLS_MODES = ['DISABLE', 'SIMPLE', 'MUTUAL', 'ISTIO_MUTUAL'] as const;
export const PROXY_PROTOCOL_VERSIONS = ['V1', 'V2'] as const;

/** Istio's `ConnectionPoolSettings`. */
export const ConnectionPoolSettingsSchema = z.strictObject({
  tcp: z
    .strictObject({
      maxConnections: int32().optional().describe('Maximum number of HTTP1 /TCP connections to a destination host.'),
      connectTimeout: duration().optional().describe('TCP connection timeout.'),
      tcpKeepalive: z
        .strictObject({
          probes: uint32().optional().describe('Maximum number of keepalive probes to send without response before deciding the connection is dead.'),
          time: duration().optional().describe('The time duration a connection needs to be idle before keep-alive probes start being sent.'),
          interval: duration().optional().describe('The time duration between keep-alive probes.'),
        })
        .optional()
        .describe('If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.'),
      maxConnectionDuration: duration().optional().describe('The maximum duration of a connection.'),
      idleTimeout: duration().optional().describe('The idle timeout for TCP connections.'),
    })
    .optional()
    .describe('Settings common to both HTTP and TCP upstream connections.'),
  http: z
    .strictObject({
      http1MaxPendingRequests: int32().optional().describe('Maximum number of requests that will be queued while waiting for a ready connection pool connection.'),
      http2MaxRequests: int32().optional().describe('Maximum number of active requests to a destination.'),
      maxRequestsPerConnection: int32().optional().describe('Maximum number of requests per connection to a backend.'),
      maxRetries: int32().optional().describe('Maximum number of retries that can be outstanding to all hosts in a cluster at a given time.'),
      idleTimeout: duration().optional().describe('The idle timeout for upstream connection pool connections.'),
      h2UpgradePolicy: z
        .enum(H2_UPGRADE_POLICIES)
        .optional()
        .describe('Specify if http1.1 connection should be upgraded to http2 for the associated destination.\n\nValid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE'),
      useClientProtocol: z.boolean().optional().describe('If set to true, client protocol will be preserved while initiating connection to backend.'),
      maxConcurrentStreams: int32().optional().describe('The maximum number of concurrent streams allowed for a peer on one HTTP/2 connection.'),
      http2KeepAlive: z
        .strictObject({
          interval: duration().optional().describe('Send HTTP/2 PING frames at this interval.'),
          timeout: duration().optional().describe('How long to wait for a response to an HTTP/2 PING frame before closing the connection.'),
        })
        .optional()
        .describe('Configure HTTP/2 PING frames for upstream connections.'),
    })
    .optional()
    .describe('HTTP connection pool settings.'),
});
export type ConnectionPoolSettings = z.infer<typeof ConnectionPoolSettingsSchema>;

/** Istio's `OutlierDetection`. */
export const OutlierDetectionSchema = z.strictObject({
  splitExternalLocalOriginErrors: z.boolean().optional().describe('Determines whether to distinguish local origin failures from external errors.'),
  consecutiveLocalOriginFailures: uint32().nullable().optional().describe('The number of consecutive locally originated failures before ejection occurs.'),
  consecutiveGatewayErrors: uint32().nullable().optional().describe('Number of gateway errors before a host is ejected from the connection pool.'),
  consecutive5xxErrors: uint32().nullable().optional().describe('Number of 5xx errors before a host is ejected from the connection pool.'),
  consecutiveErrors: int32().optional(),
  interval: duration().optional().describe('Time interval between ejection sweep analysis.'),
  baseEjectionTime: duration().optional().describe('Minimum ejection duration.'),
  maxEjectionPercent: int32().optional().describe('Maximum % of hosts in the load balancing pool for the upstream service that can be ejected.'),
  minHealthPercent: int32()
    .optional()
    .describe('Outlier detection will be enabled as long as the associated load balancing pool has at least `minHealthPercent` hosts in healthy mode.'),
  outlierDetectionHttpErrorCodes: z
    .array(z.int().min(100).max(599))
    .optional()
    .describe('Specifies the HTTP response status codes that are treated as outlier detection errors.'),
});
export type OutlierDetection = z.infer<typeof OutlierDetectionSchema>;

/** Istio's `ClientTLSSettings`: TLS from the proxy to the upstream service. */
export const ClientTLSSettingsSchema = z.strictObject({
  mode: z
    .enum(CLIENT_TLS_MODES)
    .optional()
    .describe('Indicates whether connections to this port should be secured using TLS.\n\nValid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL'),
  clientCertificate: z.string().optional().describe('REQUIRED if mode is `MUTUAL`.'),
  privateKey: z.string().optional().describe('REQUIRED if mode is `MUTUAL`.'),
  caCertificates: z
    .string()
    .optional()
    .describe('OPTIONAL: The path to the file containing certificate authority certificates to use in verifying a presented server certificate.'),
  credentialName: z
    .string()
    .optional()
    .describe('The name of the secret that holds the TLS certs for the client including the CA certificates.'),
  subjectAltNames: stringList().optional().describe('A list of alternate names to verify the subject identity in the certificate.'),
  sni: z.string().optional().describe('SNI string to present to the server during TLS handshake.'),
  insecureSkipVerify: z
    .boolean()
    .nullable()
    .optional()
    .describe(
      '`insecureSkipVerify` specifies whether the proxy should skip verifying the CA signature and SAN for the server certificate corresponding to the host.',
    ),
  caCrl: z
    .string()
    .optional()
    .describe('OPTIONAL: The path to the file containing the certificate revocation list (CRL) to use in verifying a presented server certificate.'),
});
export type ClientTLSSettings = z.infer<typeof ClientTLSSettingsSchema>;

const TLS_DESCRIPTION = 'TLS related settings for connections to the upstream service.';

/** Istio's `TrafficPolicy.PortTrafficPolicy`: the settings that may differ per port. */
export const PortTrafficPolicySchema = z.strictObject({
  port: z
    .strictObject({ number: uint32().optional() })
    .optional()
    .describe('Specifies the number of a port on the destination service on which this policy is being applied.'),
  loadBalancer: LoadBalancerSettingsSchema.optional().describe('Settings controlling the load balancer algorithms.'),
  connectionPool: ConnectionPoolSettingsSchema.optional(),
  outlierDetection: OutlierDetectionSchema.optional(),
  tls: ClientTLSSettingsSchema.optional().describe(TLS_DESCRIPTION),
});
export type PortTrafficPolicy = z.infer<typeof PortTrafficPolicySchema>;

/** Istio's `TrafficPolicy`, for a whole host or one subset. */
export const TrafficPolicySchema = z.strictObject({
  loadBalancer: LoadBalancerSettingsSchema.optional().describe('Settings controlling the load balancer algorithms.'),
  connectionPool: ConnectionPoolSettingsSchema.optional(),
  outlierDetection: OutlierDetectionSchema.optional(),
  tls: ClientTLSSettingsSchema.optional().describe(TLS_DESCRIPTION),
  portLevelSettings: z.array(PortTrafficPolicySchema).max(4096).optional().describe('Traffic policies specific to individual ports.'),
  tunnel: z
    .strictObject({
      protocol: z.string().optional().describe('Specifies which protocol to use for tunneling the downstream connection.'),
      targetHost: z.string().describe('Specifies a host to which the downstream connection is tunneled.'),
      targetPort: uint32().describe('Specifies a port to which the downstream connection is tunneled.'),
    })
    .optional()
    .describe('Configuration of tunneling TCP over other transport or application layers for the host configured in the DestinationRule.'),
  proxyProtocol: z
    .strictObject({ version: z.enum(PROXY_PROTOCOL_VERSIONS).optional().describe('The PROXY protocol version to use.\n\nValid Options: V1, V2') })
    .optional()
    .describe('The upstream PROXY protocol settings.'),
  retryBudget: z
    .strictObject({
      percent: double()
        .min(0)
        .max(100)
        .nullable()
        .optional()
        .describe('Specifies the limit on concurrent retries as a percentage of the sum of active requests and active pending requests.'),
      minRetryConcurrency: uint32().optional().describe('Specifies the minimum retry concurrency allowed for the retry budget.'),
      budgetInterval: duration()
        .optional()
        .describe('Specifies the duration in which requests will be considered when calculating the budget for retries.'),
    })
    .optional()
    .describe('Specifies a limit on concurrent retries in relation to the number of active requests.'),
});
export type TrafficPolicy = z.infer<typeof TrafficPolicySchema>;
