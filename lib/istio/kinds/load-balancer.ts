/** DestinationRule load balancing: simple algorithms, consistent hashing, locality and zone-aware settings, warmup. */
import { z } from 'zod';
import { double, duration, exclusive, stringList, uint32, uint64 } from './common';

export const SIMPLE_LB_ALGORITHMS = ['UNSPECIFIED', 'LEAST_CONN', 'RANDOM', 'PASSTHROUGH', 'ROUND_ROBIN', 'LEAST_REQUEST'] as const;

const HTTPCookieSchema = z.strictObject({
  name: z.string().describe('Name of the cookie.'),
  path: z.string().optional().describe('Path to set for the cookie.'),
  ttl: duration().optional().describe('Lifetime of the cookie.'),
  attributes: z
    .array(
      z.strictObject({
        name: z.string().describe('The name of the cookie attribute.'),
        value: z.string().optional().describe('The optional value of the cookie attribute.'),
      }),
    )
    .optional()
    .describe('Additional attributes for the cookie.'),
});

/** Istio's `ConsistentHashLB`: one hash key, and one of ring hash or Maglev. */
export const ConsistentHashLBSchema = exclusive(
  z.strictObject({
    httpHeaderName: z.string().optional().describe('Hash based on a specific HTTP header.'),
    httpCookie: HTTPCookieSchema.optional().describe('Hash based on HTTP cookie.'),
    useSourceIp: z.boolean().optional().describe('Hash based on the source IP address.'),
    httpQueryParameterName: z.string().optional().describe('Hash based on a specific HTTP query parameter.'),
    ringHash: z
      .strictObject({ minimumRingSize: uint64().optional().describe('The minimum number of virtual nodes to use for the hash ring.') })
      .optional()
      .describe('The ring/modulo hash load balancer implements consistent hashing to backend hosts.'),
    maglev: z
      .strictObject({ tableSize: uint64().optional().describe('The table size for Maglev hashing.') })
      .optional()
      .describe('The Maglev load balancer implements consistent hashing to backend hosts.'),
    minimumRingSize: uint64().optional().describe('Deprecated.'),
  }),
  ['httpHeaderName', 'httpCookie', 'useSourceIp', 'httpQueryParameterName'],
  ['ringHash', 'maglev'],
);
export type ConsistentHashLB = z.infer<typeof ConsistentHashLBSchema>;

const FailoverSchema = z.strictObject({
  from: z.string().optional().describe('Originating region.'),
  to: z.string().optional().describe("Destination region the traffic will fail over to when endpoints in the 'from' region becomes unhealthy."),
});

/** Istio's `LocalityLoadBalancerSetting`. */
export const LocalityLbSettingSchema = z.strictObject({
  distribute: z
    .array(
      z.strictObject({
        from: z.string().optional().describe("Originating locality, '/' separated, e.g."),
        to: z.record(z.string(), uint32()).optional().describe('Map of upstream localities to traffic distribution weights.'),
      }),
    )
    .optional()
    .describe('Optional: only one of distribute, failover or failoverPriority can be set.'),
  failover: z.array(FailoverSchema).optional().describe('Optional: only one of distribute, failover or failoverPriority can be set.'),
  failoverPriority: stringList()
    .optional()
    .describe('failoverPriority is an ordered list of labels used to sort endpoints to do priority based load balancing.'),
  enabled: z.boolean().nullable().optional().describe('Enable locality load balancing.'),
});
export type LocalityLbSetting = z.infer<typeof LocalityLbSettingSchema>;

/** Istio's `ZoneAwareLoadBalancerSetting`. */
export const ZoneAwareLbSettingSchema = z.strictObject({
  enabled: z.boolean().nullable().optional().describe('Enable zone aware load balancing.'),
  failover: z.array(FailoverSchema).optional().describe('Optional.'),
  failoverPriority: stringList()
    .optional()
    .describe('failoverPriority is an ordered list of labels used to sort endpoints for priority-based load balancing.'),
  minClusterSize: z
    .int()
    .min(1)
    .nullable()
    .optional()
    .describe("Minimum number of hosts in the upstream cluster's local region required for zone-aware load balancing to be enabled."),
});

/** Istio's `LoadBalancerSettings`: `simple` or `consistentHash`. */
export const LoadBalancerSettingsSchema = exclusive(
  z.strictObject({
    simple: z
      .enum(SIMPLE_LB_ALGORITHMS)
      .optional()
      .describe('Standard load balancing algorithms that require no tuning.\n\nValid Options: LEAST_CONN, RANDOM, PASSTHROUGH, ROUND_ROBIN, LEAST_REQUEST'),
    consistentHash: ConsistentHashLBSchema.optional().describe(
      'Consistent Hash-based load balancing can be used to provide soft session affinity based on HTTP headers, cookies or other properties.',
    ),
    localityLbSetting: LocalityLbSettingSchema.optional().describe('Locality load balancer settings.'),
    zoneAwareLbSetting: ZoneAwareLbSettingSchema.optional().describe('Zone Aware load balancer settings.'),
    warmupDurationSecs: duration().optional().describe('Deprecated: use `warmup` instead.'),
    warmup: z
      .strictObject({
        duration: duration(),
        minimumPercent: double().min(0).max(100).nullable().optional(),
        aggression: double().min(0).nullable().optional().describe('This parameter controls the speed of traffic increase over the warmup duration.'),
      })
      .optional()
      .describe('Represents the warmup configuration of Service.'),
  }),
  ['simple', 'consistentHash'],
);
export type LoadBalancerSettings = z.infer<typeof LoadBalancerSettingsSchema>;
