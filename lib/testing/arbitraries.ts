/**
 * fast-check arbitraries for property tests: structurally valid resources of the five kinds (as plain data), and
 * hostile-ish strings. Test-only: imported by `*.property.test.ts`, never by the app.
 */
import fc from 'fast-check';
import { API_VERSIONS, type IstioKind } from '../core/resource';

const label = fc.stringMatching(/^[a-z]([a-z0-9-]{0,10}[a-z0-9])?$/);
const dnsName = fc.array(label, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('.'));
const host = fc.oneof(dnsName, dnsName.map((d) => `*.${d}`));
/** Strings YAML must quote or escape: colons, hashes, quotes, leading indicators, unicode, markup. */
export const awkwardString = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('yes', 'no', 'null', '~', '0x1F', '1e3', '- a', ': b', '#c', "'q'", '"dq"', '{x}', '[y]', '&a', '*b', '!tag', '|', '>', '%', '@', '`', '<script>alert(1)</script>', 'ünïcødé ✓', 'a\nb', ' lead', 'trail '),
);
const port = fc.integer({ min: 1, max: 65535 });
const protocol = fc.constantFrom('HTTP', 'HTTPS', 'GRPC', 'HTTP2', 'MONGO', 'TCP', 'TLS');
const labels = fc.dictionary(label, label, { maxKeys: 3 });
const annotations = fc.dictionary(dnsName.map((d) => `${d}/note`), awkwardString, { maxKeys: 2 });

const metadata = fc.record(
  { name: label, namespace: label, labels, annotations },
  { requiredKeys: ['name'] },
);

const portSpec = fc.record({ number: port, name: label, protocol }, { requiredKeys: ['number', 'name'] });

const serviceEntry = fc.record(
  {
    hosts: fc.array(host, { minLength: 1, maxLength: 3 }),
    ports: fc.array(portSpec, { minLength: 1, maxLength: 3 }),
    location: fc.constantFrom('MESH_EXTERNAL', 'MESH_INTERNAL'),
    resolution: fc.constantFrom('NONE', 'DNS', 'DNS_ROUND_ROBIN'),
    exportTo: fc.constantFrom(['.'], ['*']),
  },
  { requiredKeys: ['hosts'] },
);

const workloadEntry = fc.record(
  { address: fc.ipV4(), labels, ports: fc.dictionary(label, port, { maxKeys: 2 }), weight: fc.integer({ min: 1, max: 100 }), network: label },
  { requiredKeys: ['address'] },
);

const destinationRule = fc.record(
  {
    host: dnsName,
    trafficPolicy: fc.record({ tls: fc.record({ mode: fc.constantFrom('DISABLE', 'SIMPLE', 'ISTIO_MUTUAL') }) }),
    subsets: fc.uniqueArray(fc.record({ name: label, labels }), { maxLength: 2, selector: (s) => s.name }),
  },
  { requiredKeys: ['host'] },
);

const virtualService = fc.record(
  {
    hosts: fc.array(dnsName, { minLength: 1, maxLength: 2 }),
    gateways: fc.constant(['mesh']),
    http: fc.array(fc.record({ route: fc.array(fc.record({ destination: fc.record({ host: dnsName, port: fc.record({ number: port }) }, { requiredKeys: ['host'] }) }), { minLength: 1, maxLength: 2 }), timeout: fc.constantFrom('1s', '250ms') }, { requiredKeys: ['route'] }), { minLength: 1, maxLength: 2 }),
  },
  { requiredKeys: ['hosts'] },
);

const gateway = fc.record({
  selector: fc.constant({ istio: 'egressgateway' }),
  servers: fc.array(fc.record({ port: fc.record({ number: port, name: label, protocol: fc.constantFrom('HTTP', 'TCP') }), hosts: fc.array(dnsName, { minLength: 1, maxLength: 2 }) }), { minLength: 1, maxLength: 2 }),
});

const specs: Record<IstioKind, fc.Arbitrary<Record<string, unknown>>> = {
  ServiceEntry: serviceEntry,
  WorkloadEntry: workloadEntry,
  DestinationRule: destinationRule,
  VirtualService: virtualService,
  Gateway: gateway,
};

export interface GeneratedResource {
  apiVersion: string;
  kind: IstioKind;
  metadata: Record<string, unknown>;
  spec: Record<string, unknown>;
}

/** A structurally valid resource of `kind` (or of any kind), as plain data. */
export function resourceArb(kind?: IstioKind): fc.Arbitrary<GeneratedResource> {
  const kindArb = kind ? fc.constant(kind) : fc.constantFrom(...(Object.keys(specs) as IstioKind[]));
  return kindArb.chain((k) =>
    fc.record({
      apiVersion: fc.constantFrom(...API_VERSIONS).map((v) => `networking.istio.io/${v}`),
      kind: fc.constant(k),
      metadata,
      spec: specs[k],
    }),
  );
}

/** Paths to every scalar leaf of `value` (what a form field edits). */
export function leafPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leafPaths(v, [...prefix, i]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...prefix, k]));
  return [prefix];
}
