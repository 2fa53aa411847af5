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

/** The blank resource of `kind` as plain data. */
export function blankResource(kind: IstioKind, namespace = 'default', apiVersion: ApiVersion = 'v1'): Record<string, unknown> {
  const { name, spec } = SPECS[kind];
  const json = JSON.stringify(spec).replaceAll(SERVICE, SERVICE.replace('.default.', `.${namespace}.`));
  return { apiVersion: `${ISTIO_GROUP}/${apiVersion}`, kind, metadata: { name, namespace }, spec: JSON.parse(json) as Spec };
}

/** The blank resource of `kind` as a YAML document. */
export function blankYaml(kind: IstioKind, namespace?: string, apiVersion?: ApiVersion): string {
  return new Document(blankResource(kind, namespace, apiVersion)).toString({ lineWidth: 0 });
}
