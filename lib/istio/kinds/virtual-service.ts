/** VirtualService: how requests to a host are routed (HTTP, TLS by SNI, opaque TCP), bound to mesh sidecars or gateways. */
import { z } from 'zod';
import { stringList, stringMap, uint32 } from './common';
import { RouteDestinationSchema } from './destination';
import { HTTPRouteSchema } from './http-route';
import { resourceSchema } from './metadata';

const SUBNETS = 'IPv4 or IPv6 ip addresses of destination with optional subnet.';
const GATEWAYS = 'Names of gateways where the rule should be applied.';
const PORT = 'Specifies the port on the host that is being addressed.';
const SOURCE_LABELS = 'One or more labels that constrain the applicability of a rule to workloads with the given labels.';
const SOURCE_NAMESPACE = 'Source namespace constraining the applicability of a rule to workloads in that namespace.';
const MATCH = 'Match conditions to be satisfied for the rule to be activated.';
const ROUTE = 'The destination to which the connection should be forwarded to.';

/** Istio's `TLSMatchAttributes`. */
export const TLSMatchAttributesSchema = z.strictObject({
  sniHosts: stringList().describe('SNI (server name indicator) to match on.'),
  destinationSubnets: stringList().optional().describe(SUBNETS),
  port: uint32().optional().describe(PORT),
  sourceLabels: stringMap().optional().describe(SOURCE_LABELS),
  gateways: stringList().optional().describe(GATEWAYS),
  sourceNamespace: z.string().optional().describe(SOURCE_NAMESPACE),
});

/** Istio's `TLSRoute`: routes non-terminated TLS by SNI. */
export const TLSRouteSchema = z.strictObject({
  match: z.array(TLSMatchAttributesSchema).describe(MATCH),
  route: z.array(RouteDestinationSchema).optional().describe(ROUTE),
});
export type TLSRoute = z.infer<typeof TLSRouteSchema>;

/** Istio's `L4MatchAttributes`. */
export const L4MatchAttributesSchema = z.strictObject({
  destinationSubnets: stringList().optional().describe(SUBNETS),
  port: uint32().optional().describe(PORT),
  sourceSubnet: z.string().optional(),
  sourceLabels: stringMap().optional().describe(SOURCE_LABELS),
  gateways: stringList().optional().describe(GATEWAYS),
  sourceNamespace: z.string().optional().describe(SOURCE_NAMESPACE),
});

/** Istio's `TCPRoute`: routes opaque TCP by port and subnet. */
export const TCPRouteSchema = z.strictObject({
  match: z.array(L4MatchAttributesSchema).optional().describe(MATCH),
  route: z.array(RouteDestinationSchema).optional().describe(ROUTE),
});
export type TCPRoute = z.infer<typeof TCPRouteSchema>;

export const VirtualServiceSpecSchema = z.strictObject({
  hosts: stringList().optional().describe('The destination hosts to which traffic is being sent.'),
  gateways: stringList().optional().describe('The names of gateways and sidecars that should apply these routes.'),
  http: z.array(HTTPRouteSchema).optional().describe('An ordered list of route rules for HTTP traffic.'),
  tls: z.array(TLSRouteSchema).optional().describe('An ordered list of route rule for non-terminated TLS & HTTPS traffic.'),
  tcp: z.array(TCPRouteSchema).optional().describe('An ordered list of route rules for opaque TCP traffic.'),
  exportTo: stringList().optional().describe('A list of namespaces to which this virtual service is exported.'),
});
export type VirtualServiceSpec = z.infer<typeof VirtualServiceSpecSchema>;

export const VirtualServiceSchema = resourceSchema(
  'VirtualService',
  VirtualServiceSpecSchema.optional(),
  'Configuration affecting label/content routing, sni routing, etc. See more details at: https://istio.io/docs/reference/config/networking/virtual-service.html',
);
export type VirtualService = z.infer<typeof VirtualServiceSchema>;
