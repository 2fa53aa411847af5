/** Where routed traffic goes: a host (and port, subset) of the service registry, used by every VirtualService route. */
import { z } from 'zod';
import { exclusive, uint32 } from './common';

const RE2 = '[RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).';

/** Istio's `StringMatch`: one of exact, prefix or regex. */
export const StringMatchSchema = exclusive(
  z.strictObject({
    exact: z.string().optional(),
    prefix: z.string().optional(),
    regex: z.string().optional().describe(RE2),
  }),
  ['exact', 'prefix', 'regex'],
);
export type StringMatch = z.infer<typeof StringMatchSchema>;

/** Istio's `PortSelector`. */
export const PortSelectorSchema = z.strictObject({ number: uint32().optional() });
export type PortSelector = z.infer<typeof PortSelectorSchema>;

/** Istio's `Destination`. */
export const DestinationSchema = z.strictObject({
  host: z.string().describe('The name of a service from the service registry.'),
  subset: z.string().optional().describe('The name of a subset within the service.'),
  port: PortSelectorSchema.optional().describe('Specifies the port on the host that is being addressed.'),
});
export type Destination = z.infer<typeof DestinationSchema>;

export const DESTINATION_DESCRIPTION =
  'Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.';
export const WEIGHT_DESCRIPTION = 'Weight specifies the relative proportion of traffic to be forwarded to the destination.';

/** Istio's `RouteDestination` (TCP and TLS routes). */
export const RouteDestinationSchema = z.strictObject({
  destination: DestinationSchema.describe(DESTINATION_DESCRIPTION),
  weight: z.int32().optional().describe(WEIGHT_DESCRIPTION),
});
export type RouteDestination = z.infer<typeof RouteDestinationSchema>;

/** Istio's `Percent`. */
export const PercentSchema = z.strictObject({ value: z.number().optional() });
