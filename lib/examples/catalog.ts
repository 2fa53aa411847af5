/**
 * What the "New resource" menu lists of each seed example (id, title, kinds), without the texts: the seeds and the
 * version conversion load when one is chosen. `catalog.test.ts` checks that it matches the generated seeds.
 */
export interface ExampleEntry {
  id: string;
  title: string;
  kinds: readonly string[];
}

/** Every seed example, ordered by id, as listed in menus. */
export const EXAMPLE_CATALOG: readonly ExampleEntry[] = [
  { id: '01-external-https', title: 'External HTTPS', kinds: ['ServiceEntry'] },
  { id: '02-mongo-cluster-mtls', title: 'MongoDB cluster mTLS', kinds: ['ServiceEntry', 'DestinationRule'] },
  { id: '03-sni-redirect-to-egress-firewall', title: 'SNI redirect to egress firewall', kinds: ['ServiceEntry', 'VirtualService'] },
  { id: '04-egress-gateway-httpbin', title: 'Egress gateway httpbin', kinds: ['ServiceEntry', 'Gateway', 'VirtualService'] },
  { id: '05-wildcard-hosts', title: 'Wildcard hosts', kinds: ['ServiceEntry'] },
  { id: '06-unix-domain-socket', title: 'Unix domain socket', kinds: ['ServiceEntry'] },
  { id: '07-dns-endpoints', title: 'DNS endpoints', kinds: ['ServiceEntry'] },
  { id: '08-spiffe-subject-alt-names', title: 'SPIFFE subject alt names', kinds: ['ServiceEntry'] },
  { id: '09-vm-to-kubernetes-migration', title: 'VM to Kubernetes migration', kinds: ['WorkloadEntry', 'ServiceEntry'] },
];
