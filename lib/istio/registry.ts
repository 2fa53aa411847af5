/** Kind → descriptor: the schemas, names and reference link of each of the five Istio networking kinds. */
import type { z } from 'zod';
import type { IstioKind } from '../core/resource';
import { DestinationRuleSchema, DestinationRuleSpecSchema } from './kinds/destination-rule';
import { GatewaySchema, GatewaySpecSchema } from './kinds/gateway';
import { ServiceEntrySchema, ServiceEntrySpecSchema } from './kinds/service-entry';
import { VirtualServiceSchema, VirtualServiceSpecSchema } from './kinds/virtual-service';
import { WorkloadEntrySchema, WorkloadEntrySpecSchema } from './kinds/workload-entry';

export interface KindDescriptor {
  kind: IstioKind;
  /** The whole resource: apiVersion, kind, metadata, spec. */
  schema: z.ZodObject;
  /** The spec alone (not optional, even where the CRD lets spec be omitted). */
  specSchema: z.ZodObject;
  /** Whether the CRD requires `spec`. */
  specRequired: boolean;
  /** Lower-case plural, as in `kubectl get serviceentries`. */
  plural: string;
  shortNames: readonly string[];
  /** Istio's reference page for the kind. */
  docsUrl: string;
  description: string;
}

const REFERENCE = 'https://istio.io/latest/docs/reference/config/networking';

/** Descriptors in the order the studio lists the kinds. */
export const KIND_DESCRIPTORS: Readonly<Record<IstioKind, KindDescriptor>> = {
  ServiceEntry: {
    kind: 'ServiceEntry',
    schema: ServiceEntrySchema,
    specSchema: ServiceEntrySpecSchema,
    specRequired: true,
    plural: 'serviceentries',
    shortNames: ['se'],
    docsUrl: `${REFERENCE}/service-entry/`,
    description: "Adds entries to Istio's service registry: external APIs, and services not registered by Kubernetes.",
  },
  WorkloadEntry: {
    kind: 'WorkloadEntry',
    schema: WorkloadEntrySchema,
    specSchema: WorkloadEntrySpecSchema,
    specRequired: true,
    plural: 'workloadentries',
    shortNames: ['we'],
    docsUrl: `${REFERENCE}/workload-entry/`,
    description: 'Describes a non-Kubernetes workload, such as a VM or a bare-metal server, onboarded into the mesh.',
  },
  DestinationRule: {
    kind: 'DestinationRule',
    schema: DestinationRuleSchema,
    specSchema: DestinationRuleSpecSchema,
    specRequired: false,
    plural: 'destinationrules',
    shortNames: ['dr'],
    docsUrl: `${REFERENCE}/destination-rule/`,
    description: 'Policies applied to traffic for a service after routing: load balancing, connection pools, outlier detection, TLS, subsets.',
  },
  VirtualService: {
    kind: 'VirtualService',
    schema: VirtualServiceSchema,
    specSchema: VirtualServiceSpecSchema,
    specRequired: false,
    plural: 'virtualservices',
    shortNames: ['vs'],
    docsUrl: `${REFERENCE}/virtual-service/`,
    description: 'Routing rules for traffic to a host: HTTP, TLS by SNI, and TCP, in the mesh or at gateways.',
  },
  Gateway: {
    kind: 'Gateway',
    schema: GatewaySchema,
    specSchema: GatewaySpecSchema,
    specRequired: false,
    plural: 'gateways',
    shortNames: ['gw'],
    docsUrl: `${REFERENCE}/gateway/`,
    description: 'A load balancer at the edge of the mesh, for incoming or outgoing traffic: its ports, hosts and TLS.',
  },
};

/** The descriptor of `kind`. */
export function getDescriptor(kind: IstioKind): KindDescriptor {
  return KIND_DESCRIPTORS[kind];
}
