/** WorkloadEntry: a non-Kubernetes workload (VM, bare metal) onboarded into the mesh; also a ServiceEntry endpoint. */
import { z } from 'zod';
import { boundedMap, uint32 } from './common';
import { resourceSchema } from './metadata';

/** The fields of a workload endpoint (Istio's `WorkloadEntry` message). */
export const WorkloadEntrySpecSchema = z.strictObject({
  address: z.string().max(256).optional().describe('Address associated with the network endpoint without the port.'),
  labels: boundedMap(z.string(), 256).optional().describe('One or more labels associated with the endpoint.'),
  locality: z.string().max(2048).optional().describe('The locality associated with the endpoint.'),
  network: z.string().max(2048).optional().describe('Network enables Istio to group endpoints resident in the same L3 domain/network.'),
  ports: boundedMap(uint32(), 128).optional().describe('Set of ports associated with the endpoint.'),
  serviceAccount: z.string().max(253).optional().describe('The service account associated with the workload if a sidecar is present in the workload.'),
  weight: uint32().optional().describe('The load balancing weight associated with the endpoint.'),
});
export type WorkloadEntrySpec = z.infer<typeof WorkloadEntrySpecSchema>;

export const WorkloadEntrySchema = resourceSchema(
  'WorkloadEntry',
  WorkloadEntrySpecSchema,
  'Configuration affecting VMs onboarded into the mesh. See more details at: https://istio.io/docs/reference/config/networking/workload-entry.html',
);
export type WorkloadEntry = z.infer<typeof WorkloadEntrySchema>;
