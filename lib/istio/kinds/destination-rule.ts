/** DestinationRule: policies applied to traffic for a service after routing (load balancing, pools, TLS, subsets). */
import { z } from 'zod';
import { boundedMap, stringList, stringMap } from './common';
import { resourceSchema } from './metadata';
import { TrafficPolicySchema } from './traffic-policy';

/** A named set of a service's endpoints, usually one version (Istio's `Subset`). */
export const SubsetSchema = z.strictObject({
  name: z.string().describe('Name of the subset.'),
  labels: stringMap().optional().describe('Labels apply a filter over the endpoints of a service in the service registry.'),
  trafficPolicy: TrafficPolicySchema.optional().describe('Traffic policies that apply to this subset.'),
});
export type Subset = z.infer<typeof SubsetSchema>;

export const DestinationRuleSpecSchema = z.strictObject({
  host: z.string().describe('The name of a service from the service registry.'),
  trafficPolicy: TrafficPolicySchema.optional().describe('Traffic policies to apply (load balancing policy, connection pool sizes, outlier detection).'),
  subsets: z.array(SubsetSchema).optional().describe('One or more named sets that represent individual versions of a service.'),
  exportTo: stringList().optional().describe('A list of namespaces to which this destination rule is exported.'),
  workloadSelector: z
    .strictObject({
      matchLabels: boundedMap(z.string().max(63), 4096)
        .optional()
        .describe('One or more labels that indicate a specific set of pods/VMs on which a policy should be applied.'),
    })
    .optional()
    .describe('Criteria used to select the specific set of pods/VMs on which this `DestinationRule` configuration should be applied.'),
});
export type DestinationRuleSpec = z.infer<typeof DestinationRuleSpecSchema>;

export const DestinationRuleSchema = resourceSchema(
  'DestinationRule',
  DestinationRuleSpecSchema.optional(),
  'Configuration affecting load balancing, outlier detection, etc. See more details at: https://istio.io/docs/reference/config/networking/destination-rule.html',
);
export type DestinationRule = z.infer<typeof DestinationRuleSchema>;
