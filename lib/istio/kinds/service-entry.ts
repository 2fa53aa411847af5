/** ServiceEntry: adds entries (external APIs, VMs, hosts outside Kubernetes) to Istio's service registry. */
import { z } from 'zod';
import { selectorLabels, stringList, uint32 } from './common';
import { resourceSchema } from './metadata';
import { WorkloadEntrySpecSchema } from './workload-entry';

export const LOCATIONS = ['MESH_EXTERNAL', 'MESH_INTERNAL'] as const;
export const RESOLUTIONS = ['NONE', 'STATIC', 'DNS', 'DNS_ROUND_ROBIN', 'DYNAMIC_DNS'] as const;

/** A port of a ServiceEntry (Istio's `ServicePort`). */
export const ServicePortSchema = z.strictObject({
  name: z.string().max(256).describe('Label assigned to the port.'),
  number: uint32().describe('A valid non-negative integer port number.'),
  protocol: z.string().max(256).optional().describe('The protocol exposed on the port.'),
  targetPort: uint32().optional().describe('The port number on the endpoint where the traffic will be received.'),
});
export type ServicePort = z.infer<typeof ServicePortSchema>;

/** One endpoint of a ServiceEntry: the same message as a WorkloadEntry's spec. */
export const ServiceEntryEndpointSchema = WorkloadEntrySpecSchema;
export type ServiceEntryEndpoint = z.infer<typeof ServiceEntryEndpointSchema>;

export const ServiceEntrySpecSchema = z.strictObject({
  hosts: z.array(z.string()).min(1).max(256).describe('The hosts associated with the ServiceEntry.'),
  addresses: z.array(z.string().max(64)).max(256).optional().describe('The virtual IP addresses associated with the service.'),
  ports: z.array(ServicePortSchema).max(256).optional().describe('The ports associated with the external service.'),
  location: z
    .enum(LOCATIONS)
    .optional()
    .describe('Specify whether the service should be considered external to the mesh or part of the mesh.\n\nValid Options: MESH_EXTERNAL, MESH_INTERNAL'),
  resolution: z.enum(RESOLUTIONS).optional().describe('Service resolution mode for the hosts.\n\nValid Options: NONE, STATIC, DNS, DNS_ROUND_ROBIN, DYNAMIC_DNS'),
  endpoints: z.array(ServiceEntryEndpointSchema).max(4096).optional().describe('One or more endpoints associated with the service.'),
  workloadSelector: z
    .strictObject({
      labels: selectorLabels()
        .optional()
        .describe('One or more labels that indicate a specific set of pods/VMs on which the configuration should be applied.'),
    })
    .optional()
    .describe('Applicable only for MESH_INTERNAL services.'),
  exportTo: stringList().optional().describe('A list of namespaces to which this service is exported.'),
  subjectAltNames: stringList()
    .optional()
    .describe("If specified, the proxy will verify that the server certificate's subject alternate name matches one of the specified values."),
});
export type ServiceEntrySpec = z.infer<typeof ServiceEntrySpecSchema>;

export const ServiceEntrySchema = resourceSchema(
  'ServiceEntry',
  ServiceEntrySpecSchema,
  'Configuration affecting service registry. See more details at: https://istio.io/docs/reference/config/networking/service-entry.html',
);
export type ServiceEntry = z.infer<typeof ServiceEntrySchema>;
