/** Blank resources for "New resource": the smallest valid resource of each kind, with sensible defaults. */
import { Document } from 'yaml';
import { ISTIO_GROUP, type ApiVersion, type IstioKind } from '../core/resource';

type Spec = Record<string, unknown>;

// DestinationRule and VirtualService target an in-mesh Kubernetes service: on their own they must not point at a
// host nothing in the workspace provides (istioctl's IST0101 / XR001).
const SERVICE = 'reviews.default.svc.cluster.local';

const SPECS: Record<IstioKind, { name: string; spec: Spec }> = {
  ServiceEntry: {
    name: 'external-api',
    spec: {
      hosts: ['api.example.com'],
      ports: [{ number: 443, name: 'https', protocol: 'HTTPS' }],
      location: 'MESH_EXTERNAL',
      resolution: 'DNS',
    },
  },
  WorkloadEntry: {
    name: 'vm-1',
    spec: { address: '10.0.0.10', labels: { app: 'vm-app' }, serviceAccount: 'vm-app' },
  },
  DestinationRule: {
    name: 'reviews',
    spec: { host: SERVICE, trafficPolicy: { connectionPool: { tcp: { maxConnections: 100 } } } },
  },
  VirtualService: {
    name: 'reviews',
    spec: { hosts: [SERVICE], http: [{ timeout: '10s', route: [{ destination: { host: SERVICE } }] }] },
  },
  Gateway: {
    name: 'ingress',
    spec: { selector: { istio: 'ingressgateway' }, servers: [{ port: { number: 80, name: 'http', protocol: 'HTTP' }, hosts: ['app.example.com'] }] },
  },
};

// A second blank of a kind must not collide with the first: same name is a duplicate resource, and the same host
// (or address) makes the analyzer report duplicate ServiceEntries, conflicting VirtualServices or DestinationRules.
const NUMBERED: Record<IstioKind, (spec: string, n: number) => string> = {
  ServiceEntry: (s, n) => s.replaceAll('api.example.com', `api-${n}.example.com`),
  WorkloadEntry: (s, n) => s.replace('10.0.0.10', `10.0.0.${9 + n}`),
  DestinationRule: (s, n) => s.replaceAll('"reviews.', `"reviews-${n}.`),
  VirtualService: (s, n) => s.replaceAll('"reviews.', `"reviews-${n}.`),
  Gateway: (s, n) => s.replaceAll('app.example.com', `app-${n}.example.com`),
};

/** The first free number for a second, third… blank: 1 means the plain name is free. */
function freeNumber(name: string, taken: ReadonlySet<string>): number {
  if (!taken.has(name)) return 1;
  let n = 2;
  while (taken.has(`${name}-${n}`)) n++;
  return n;
}

/**
 * The blank resource of `kind` as plain data. `taken`: names of the resources of that kind already in the
 * namespace; the blank then gets the next free `name-N`, with a matching host or address.
 */
export function blankResource(kind: IstioKind, namespace = 'default', apiVersion: ApiVersion = 'v1', taken: ReadonlySet<string> = new Set()): Record<string, unknown> {
  const { name, spec } = SPECS[kind];
  const n = freeNumber(name, taken);
  let json = JSON.stringify(spec);
  if (n > 1) json = NUMBERED[kind](json, n);
  json = json.replaceAll('.default.svc.cluster.local', `.${namespace}.svc.cluster.local`);
  const metadata = { name: n > 1 ? `${name}-${n}` : name, namespace };
  return { apiVersion: `${ISTIO_GROUP}/${apiVersion}`, kind, metadata, spec: JSON.parse(json) as Spec };
}

/** The blank resource of `kind` as a YAML document (see `blankResource` for `taken`). */
export function blankYaml(kind: IstioKind, namespace?: string, apiVersion?: ApiVersion, taken?: ReadonlySet<string>): string {
  return new Document(blankResource(kind, namespace, apiVersion, taken)).toString({ lineWidth: 0 });
}
