/**
 * The schema-free part of each kind's descriptor (names, reference link, description), for menus and labels on
 * the studio's first route: importing `registry.ts` would bring the zod model with it. `descriptors.test.ts`
 * checks that it matches the registry.
 */
import type { IstioKind } from '../core/resource';

export interface KindInfo {
  kind: IstioKind;
  /** Lower-case plural, as in `kubectl get serviceentries`. */
  plural: string;
  shortNames: readonly string[];
  /** Istio's reference page for the kind. */
  docsUrl: string;
  description: string;
}

const REFERENCE = 'https://istio.io/latest/docs/reference/config/networking';

/** Kind → names, link and description, in the order the studio lists the kinds. */
export const KIND_INFO: Readonly<Record<IstioKind, KindInfo>> = {
  ServiceEntry: {
    kind: 'ServiceEntry',
    plural: 'serviceentries',
    shortNames: ['se'],
    docsUrl: `${REFERENCE}/service-entry/`,
    description: "Adds entries to Istio's service registry: external APIs, and services not registered by Kubernetes.",
  },
  WorkloadEntry: {
    kind: 'WorkloadEntry',
    plural: 'workloadentries',
    shortNames: ['we'],
    docsUrl: `${REFERENCE}/workload-entry/`,
    description: 'Describes a non-Kubernetes workload, such as a VM or a bare-metal server, onboarded into the mesh.',
  },
  DestinationRule: {
    kind: 'DestinationRule',
    plural: 'destinationrules',
    shortNames: ['dr'],
    docsUrl: `${REFERENCE}/destination-rule/`,
    description: 'Policies applied to traffic for a service after routing: load balancing, connection pools, outlier detection, TLS, subsets.',
  },
  VirtualService: {
    kind: 'VirtualService',
    plural: 'virtualservices',
    shortNames: ['vs'],
    docsUrl: `${REFERENCE}/virtual-service/`,
    description: 'Routing rules for traffic to a host: HTTP, TLS by SNI, and TCP, in the mesh or at gateways.',
  },
  Gateway: {
    kind: 'Gateway',
    plural: 'gateways',
    shortNames: ['gw'],
    docsUrl: `${REFERENCE}/gateway/`,
    description: 'A load balancer at the edge of the mesh, for incoming or outgoing traffic: its ports, hosts and TLS.',
  },
};

/** Names, link and description of `kind`, without its schemas. */
export function getKindInfo(kind: IstioKind): KindInfo {
  return KIND_INFO[kind];
}
