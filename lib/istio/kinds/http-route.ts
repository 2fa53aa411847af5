/** VirtualService HTTP routes: match conditions, destinations, redirects, rewrites, retries, faults, CORS, mirroring. */
import { z } from 'zod';
import { duration, exclusive, int32, stringList, stringMap, uint32 } from './common';
import { DESTINATION_DESCRIPTION, DestinationSchema, PercentSchema, StringMatchSchema, WEIGHT_DESCRIPTION } from './destination';

export const DERIVE_PORTS = ['FROM_PROTOCOL_DEFAULT', 'FROM_REQUEST_PORT'] as const;
export const UNMATCHED_PREFLIGHTS = ['UNSPECIFIED', 'FORWARD', 'IGNORE'] as const;

const matchDescription = (what: string) =>
  `${what} values are case-sensitive and formatted as follows: - \`exact: "value"\` for exact string match - \`prefix: "value"\` for prefix-based match - \`regex: "value"\` for [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).`;

/** Istio's `HTTPMatchRequest`. */
export const HTTPMatchRequestSchema = z.strictObject({
  name: z.string().optional().describe('The name assigned to a match.'),
  uri: StringMatchSchema.optional().describe(matchDescription('URI to match')),
  scheme: StringMatchSchema.optional().describe(matchDescription('URI Scheme')),
  method: StringMatchSchema.optional().describe(matchDescription('HTTP Method')),
  authority: StringMatchSchema.optional().describe(matchDescription('HTTP Authority')),
  headers: z
    .record(z.string(), StringMatchSchema)
    .optional()
    .describe('The header keys must be lowercase and use hyphen as the separator, e.g.'),
  port: uint32().optional().describe('Specifies the ports on the host that is being addressed.'),
  sourceLabels: stringMap()
    .optional()
    .describe('One or more labels that constrain the applicability of a rule to source (client) workloads with the given labels.'),
  gateways: stringList().optional().describe('Names of gateways where the rule should be applied.'),
  queryParams: z.record(z.string(), StringMatchSchema).optional().describe('Query parameters for matching.'),
  ignoreUriCase: z.boolean().optional().describe('Flag to specify whether the URI matching should be case-insensitive.'),
  withoutHeaders: z
    .record(z.string(), StringMatchSchema)
    .optional()
    .describe('withoutHeader has the same syntax with the header, but has opposite meaning.'),
  sourceNamespace: z.string().optional().describe('Source namespace constraining the applicability of a rule to workloads in that namespace.'),
  statPrefix: z.string().optional().describe('The human readable prefix to use when emitting statistics for this route.'),
});
export type HTTPMatchRequest = z.infer<typeof HTTPMatchRequestSchema>;

const HeaderOperationsSchema = z.strictObject({
  set: stringMap().optional(),
  add: stringMap().optional(),
  remove: stringList().optional(),
});

/** Istio's `Headers`: request and response header manipulation. */
export const HeadersSchema = z.strictObject({
  request: HeaderOperationsSchema.optional(),
  response: HeaderOperationsSchema.optional(),
});
export type Headers = z.infer<typeof HeadersSchema>;

/** Istio's `HTTPRouteDestination`. */
export const HTTPRouteDestinationSchema = z.strictObject({
  destination: DestinationSchema.describe(DESTINATION_DESCRIPTION),
  weight: int32().optional().describe(WEIGHT_DESCRIPTION),
  headers: HeadersSchema.optional(),
});
export type HTTPRouteDestination = z.infer<typeof HTTPRouteDestinationSchema>;

/** Istio's `HTTPRedirect`. */
export const HTTPRedirectSchema = exclusive(
  z.strictObject({
    uri: z.string().optional().describe('On a redirect, overwrite the Path portion of the URL with this value.'),
    authority: z.string().optional().describe('On a redirect, overwrite the Authority/Host portion of the URL with this value.'),
    port: uint32().optional().describe('On a redirect, overwrite the port portion of the URL with this value.'),
    derivePort: z
      .enum(DERIVE_PORTS)
      .optional()
      .describe(
        'On a redirect, dynamically set the port: * FROM_PROTOCOL_DEFAULT: automatically set to 80 for HTTP and 443 for HTTPS.\n\nValid Options: FROM_PROTOCOL_DEFAULT, FROM_REQUEST_PORT',
      ),
    scheme: z.string().optional().describe('On a redirect, overwrite the scheme portion of the URL with this value.'),
    redirectCode: uint32().optional().describe('On a redirect, Specifies the HTTP status code to use in the redirect response.'),
    prefixRewrite: z.string().optional().describe('On a redirect, replace the matched prefix with this value.'),
  }),
  ['port', 'derivePort'],
);
export type HTTPRedirect = z.infer<typeof HTTPRedirectSchema>;

/** Istio's `HTTPDirectResponse`. */
export const HTTPDirectResponseSchema = z.strictObject({
  status: uint32().describe('Specifies the HTTP response status to be returned.'),
  body: exclusive(
    z.strictObject({
      string: z.string().optional(),
      bytes: z.base64().optional().describe('response body as base64 encoded bytes.'),
    }),
    ['string', 'bytes'],
  )
    .optional()
    .describe('Specifies the content of the response body.'),
});
export type HTTPDirectResponse = z.infer<typeof HTTPDirectResponseSchema>;

/** Istio's `HTTPRewrite`. */
export const HTTPRewriteSchema = z.strictObject({
  uri: z.string().optional().describe('rewrite the path (or the prefix) portion of the URI with this value.'),
  authority: z.string().optional().describe('rewrite the Authority/Host header with this value.'),
  uriRegexRewrite: z
    .strictObject({
      match: z.string().optional().describe('[RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).'),
      rewrite: z.string().optional().describe('The string that should replace into matching portions of original URI.'),
    })
    .optional()
    .describe('rewrite the path portion of the URI with the specified regex.'),
});
export type HTTPRewrite = z.infer<typeof HTTPRewriteSchema>;

/** Istio's `HTTPRetry`. */
export const HTTPRetrySchema = z.strictObject({
  attempts: int32().optional().describe('Number of retries to be allowed for a given request.'),
  perTryTimeout: duration().optional().describe('Timeout per attempt for a given request, including the initial call and any retries.'),
  retryOn: z.string().optional().describe('Specifies the conditions under which retry takes place.'),
  retryRemoteLocalities: z.boolean().nullable().optional().describe('Flag to specify whether the retries should retry to other localities.'),
  retryIgnorePreviousHosts: z
    .boolean()
    .nullable()
    .optional()
    .describe('Flag to specify whether the retries should ignore previously tried hosts during retry.'),
  backoff: duration().optional().describe('Specifies the minimum duration between retry attempts.'),
});
export type HTTPRetry = z.infer<typeof HTTPRetrySchema>;

/** Istio's `CorsPolicy`. */
export const CorsPolicySchema = z.strictObject({
  allowOrigin: stringList().optional(),
  allowOrigins: z.array(StringMatchSchema).optional().describe('String patterns that match allowed origins.'),
  allowMethods: stringList().optional().describe('List of HTTP methods allowed to access the resource.'),
  allowHeaders: stringList().optional().describe('List of HTTP headers that can be used when requesting the resource.'),
  exposeHeaders: stringList().optional().describe('A list of HTTP headers that the browsers are allowed to access.'),
  maxAge: duration().optional().describe('Specifies how long the results of a preflight request can be cached.'),
  allowCredentials: z
    .boolean()
    .nullable()
    .optional()
    .describe('Indicates whether the caller is allowed to send the actual request (not the preflight) using credentials.'),
  unmatchedPreflights: z
    .enum(UNMATCHED_PREFLIGHTS)
    .optional()
    .describe(
      "Indicates whether preflight requests not matching the configured allowed origin shouldn't be forwarded to the upstream.\n\nValid Options: FORWARD, IGNORE",
    ),
});
export type CorsPolicy = z.infer<typeof CorsPolicySchema>;

/** Istio's `HTTPFaultInjection`. */
export const HTTPFaultInjectionSchema = z.strictObject({
  delay: exclusive(
    z.strictObject({
      percent: int32().optional().describe('Percentage of requests on which the delay will be injected (0-100).'),
      fixedDelay: duration().optional().describe('Add a fixed delay before forwarding the request.'),
      exponentialDelay: duration().optional(),
      percentage: PercentSchema.optional().describe('Percentage of requests on which the delay will be injected.'),
    }),
    ['fixedDelay', 'exponentialDelay'],
  )
    .optional()
    .describe('Delay requests before forwarding, emulating various failures such as network issues, overloaded upstream service, etc.'),
  abort: exclusive(
    z.strictObject({
      httpStatus: int32().optional().describe('HTTP status code to use to abort the Http request.'),
      grpcStatus: z.string().optional().describe('GRPC status code to use to abort the request.'),
      http2Error: z.string().optional(),
      percentage: PercentSchema.optional().describe('Percentage of requests to be aborted with the error code provided.'),
    }),
    ['httpStatus', 'grpcStatus', 'http2Error'],
  )
    .optional()
    .describe(
      'Abort Http request attempts and return error codes back to downstream service, giving the impression that the upstream service is faulty.',
    ),
});
export type HTTPFaultInjection = z.infer<typeof HTTPFaultInjectionSchema>;

/** Istio's `HTTPMirrorPolicy`. */
export const HTTPMirrorPolicySchema = z.strictObject({
  destination: DestinationSchema.describe('Destination specifies the target of the mirror operation.'),
  percentage: PercentSchema.optional().describe('Percentage of the traffic to be mirrored by the `destination` field.'),
});

// NOTE: the CRD calls three different messages "A HTTP rule can either return a direct_response, redirect or forward (default) traffic."
const EITHER = 'A HTTP rule can either return a direct_response, redirect or forward (default) traffic.';

/** Istio's `HTTPRoute`. */
export const HTTPRouteSchema = z.strictObject({
  name: z.string().optional().describe('The name assigned to the route for debugging purposes.'),
  match: z.array(HTTPMatchRequestSchema).optional().describe('Match conditions to be satisfied for the rule to be activated.'),
  route: z.array(HTTPRouteDestinationSchema).optional().describe(EITHER),
  redirect: HTTPRedirectSchema.optional().describe(EITHER),
  directResponse: HTTPDirectResponseSchema.optional().describe(EITHER),
  delegate: z
    .strictObject({
      name: z.string().optional().describe('Name specifies the name of the delegate VirtualService.'),
      namespace: z.string().optional().describe('Namespace specifies the namespace where the delegate VirtualService resides.'),
    })
    .optional()
    .describe('Delegate is used to specify the particular VirtualService which can be used to define delegate HTTPRoute.'),
  rewrite: HTTPRewriteSchema.optional().describe('Rewrite HTTP URIs and Authority headers.'),
  timeout: duration().optional().describe('Timeout for HTTP requests, default is disabled.'),
  retries: HTTPRetrySchema.optional().describe('Retry policy for HTTP requests.'),
  fault: HTTPFaultInjectionSchema.optional().describe('Fault injection policy to apply on HTTP traffic at the client side.'),
  mirror: DestinationSchema.optional().describe(
    'Mirror HTTP traffic to a another destination in addition to forwarding the requests to the intended destination.',
  ),
  mirrors: z
    .array(HTTPMirrorPolicySchema)
    .optional()
    .describe('Specifies the destinations to mirror HTTP traffic in addition to the original destination.'),
  mirrorPercent: uint32().nullable().optional(),
  // NOTE: the CRD keeps the snake_case spelling of this deprecated field too.
  mirror_percent: uint32().nullable().optional(),
  mirrorPercentage: PercentSchema.optional().describe('Percentage of the traffic to be mirrored by the `mirror` field.'),
  corsPolicy: CorsPolicySchema.optional().describe('Cross-Origin Resource Sharing policy (CORS).'),
  headers: HeadersSchema.optional(),
});
export type HTTPRoute = z.infer<typeof HTTPRouteSchema>;
