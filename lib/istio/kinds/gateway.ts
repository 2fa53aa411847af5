/** Gateway: a load balancer at the edge of the mesh (ingress or egress) and the ports, hosts and TLS it serves. */
import { z } from 'zod';
import { stringList, stringMap, uint32 } from './common';
import { resourceSchema } from './metadata';

export const SERVER_TLS_MODES = ['PASSTHROUGH', 'SIMPLE', 'MUTUAL', 'AUTO_PASSTHROUGH', 'ISTIO_MUTUAL', 'OPTIONAL_MUTUAL'] as const;
export const TLS_PROTOCOL_VERSIONS = ['TLS_AUTO', 'TLSV1_0', 'TLSV1_1', 'TLSV1_2', 'TLSV1_3'] as const;

const REQUIRED_SIMPLE_OR_MUTUAL = 'REQUIRED if mode is `SIMPLE` or `MUTUAL`.';

/** The port a Gateway server listens on (Istio's `Port`). */
export const GatewayPortSchema = z.strictObject({
  number: uint32().describe('A valid non-negative integer port number.'),
  protocol: z.string().describe('The protocol exposed on the port.'),
  name: z.string().describe('Label assigned to the port.'),
  targetPort: uint32().optional(),
});
export type GatewayPort = z.infer<typeof GatewayPortSchema>;

/** A certificate/key pair of a server (Istio's `TLSCertificate`). */
export const TLSCertificateSchema = z.strictObject({
  serverCertificate: z.string().optional().describe(REQUIRED_SIMPLE_OR_MUTUAL),
  privateKey: z.string().optional().describe(REQUIRED_SIMPLE_OR_MUTUAL),
  caCertificates: z.string().optional(),
});

/** TLS settings of a Gateway server (Istio's `ServerTLSSettings`). */
export const ServerTLSSettingsSchema = z.strictObject({
  httpsRedirect: z
    .boolean()
    .optional()
    .describe('If set to true, the load balancer will send a 301 redirect for all http connections, asking the clients to use HTTPS.'),
  mode: z
    .enum(SERVER_TLS_MODES)
    .optional()
    .describe('Optional: Indicates whether connections to this port should be secured using TLS.\n\nValid Options: PASSTHROUGH, SIMPLE, MUTUAL, AUTO_PASSTHROUGH, ISTIO_MUTUAL, OPTIONAL_MUTUAL'),
  serverCertificate: z.string().optional().describe(REQUIRED_SIMPLE_OR_MUTUAL),
  privateKey: z.string().optional().describe(REQUIRED_SIMPLE_OR_MUTUAL),
  caCertificates: z.string().optional().describe('REQUIRED if mode is `MUTUAL` or `OPTIONAL_MUTUAL`.'),
  caCrl: z
    .string()
    .optional()
    .describe('OPTIONAL: The path to the file containing the certificate revocation list (CRL) to use in verifying a presented client side certificate.'),
  credentialName: z
    .string()
    .optional()
    .describe('For gateways running on Kubernetes, the name of the secret that holds the TLS certs including the CA certificates.'),
  credentialNames: z.array(z.string()).min(1).max(2).optional().describe('Same as CredentialName but for multiple certificates.'),
  caCertCredentialName: z
    .string()
    .optional()
    .describe('For mutual TLS, the name of the secret or the configmap that holds CA certificates.'),
  tlsCertificates: z
    .array(TLSCertificateSchema)
    .min(1)
    .max(2)
    .optional()
    .describe('Only one of `server_certificate`, `private_key` or `credential_name` or `credential_names` or `tls_certificates` should be specified.'),
  subjectAltNames: stringList()
    .optional()
    .describe('A list of alternate names to verify the subject identity in the certificate presented by the client.'),
  verifyCertificateSpki: stringList()
    .optional()
    .describe('An optional list of base64-encoded SHA-256 hashes of the SPKIs of authorized client certificates.'),
  verifyCertificateHash: stringList()
    .optional()
    .describe('An optional list of hex-encoded SHA-256 hashes of the authorized client certificates.'),
  minProtocolVersion: z
    .enum(TLS_PROTOCOL_VERSIONS)
    .optional()
    .describe('Optional: Minimum TLS protocol version.\n\nValid Options: TLS_AUTO, TLSV1_0, TLSV1_1, TLSV1_2, TLSV1_3'),
  maxProtocolVersion: z
    .enum(TLS_PROTOCOL_VERSIONS)
    .optional()
    .describe('Optional: Maximum TLS protocol version.\n\nValid Options: TLS_AUTO, TLSV1_0, TLSV1_1, TLSV1_2, TLSV1_3'),
  cipherSuites: stringList().optional().describe('Optional: If specified, only support the specified cipher list.'),
  insecureSkipVerify: z
    .boolean()
    .nullable()
    .optional()
    .describe(
      'Optional: If set to true, the proxy will try to validate the certificate, but even if the validation fails, it will allow the connection through.',
    ),
});
export type ServerTLSSettings = z.infer<typeof ServerTLSSettingsSchema>;

/** One listener of a Gateway (Istio's `Server`). */
export const ServerSchema = z.strictObject({
  port: GatewayPortSchema.describe('The Port on which the proxy should listen for incoming connections.'),
  bind: z.string().optional().describe('The ip or the Unix domain socket to which the listener should be bound to.'),
  hosts: stringList().describe('One or more hosts exposed by this gateway.'),
  tls: ServerTLSSettingsSchema.optional().describe("Set of TLS related options that govern the server's behavior."),
  defaultEndpoint: z.string().optional(),
  name: z.string().optional().describe('An optional name of the server, when set must be unique across all servers.'),
});
export type Server = z.infer<typeof ServerSchema>;

export const GatewaySpecSchema = z.strictObject({
  servers: z.array(ServerSchema).optional().describe('A list of server specifications.'),
  selector: stringMap()
    .optional()
    .describe('One or more labels that indicate a specific set of pods/VMs on which this gateway configuration should be applied.'),
});
export type GatewaySpec = z.infer<typeof GatewaySpecSchema>;

export const GatewaySchema = resourceSchema(
  'Gateway',
  GatewaySpecSchema.optional(),
  'Configuration affecting edge load balancer. See more details at: https://istio.io/docs/reference/config/networking/gateway.html',
);
export type Gateway = z.infer<typeof GatewaySchema>;
