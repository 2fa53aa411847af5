/** ServiceEntry hosts, their endpoints and the WorkloadEntries their workloadSelector picks. */
import type { IstioResource } from '../core/resource';
import type { Builder } from './builder';
import { hostId, isExternal, type Context } from './context';
import { partScope, under, wholeScope } from './diagnostics';
import { isWildcard, resolveHost } from './hosts';
import { arr, labelPairs, num, rec, str, strs, type Rec } from './read';
import { keyOf, locate, qualified, refTo } from './refs';

const SE_PARTS = /^spec\.(hosts|endpoints)\[/;

/** `80/HTTP (http)` for each port. */
export function describePorts(spec: Rec | undefined): string {
  return arr(spec?.ports)
    .map(rec)
    .filter((p): p is Rec => p !== undefined)
    .map((p) => `${num(p.number) ?? '?'}/${str(p.protocol) ?? '?'}${str(p.name) ? ` (${str(p.name)})` : ''}`)
    .join(', ');
}

function seDetails(se: IstioResource, host: string): Record<string, string> {
  const spec = rec(se.spec);
  const d: Record<string, string> = {
    ServiceEntry: qualified(se),
    location: str(spec?.location) ?? 'MESH_EXTERNAL (default)',
    resolution: str(spec?.resolution) ?? 'NONE (default)',
  };
  const ports = describePorts(spec);
  if (ports) d.ports = ports;
  const addresses = strs(spec?.addresses);
  if (addresses.length) d.addresses = addresses.join(', ');
  const exportTo = strs(spec?.exportTo);
  if (exportTo.length) d.exportTo = exportTo.join(', ');
  const sans = strs(spec?.subjectAltNames);
  if (sans.length) d.subjectAltNames = sans.join(', ');
  if (isWildcard(host)) d.wildcard = 'yes: matches every host under the suffix';
  return d;
}

function endpointDetails(ep: Rec): Record<string, string> {
  const d: Record<string, string> = {};
  const address = str(ep.address) ?? '';
  if (address.startsWith('unix://')) d.transport = 'unix domain socket';
  const ports = rec(ep.ports);
  if (ports) d.ports = Object.keys(ports).sort().map((k) => `${k}→${String(ports[k])}`).join(', ');
  const labels = labelPairs(ep.labels);
  if (labels.length) d.labels = labels.join(', ');
  for (const k of ['network', 'locality', 'serviceAccount'] as const) {
    const v = str(ep[k]);
    if (v) d[k] = v;
  }
  const w = num(ep.weight);
  if (w !== undefined) d.weight = String(w);
  return d;
}

/** Node id of a WorkloadEntry. */
export function workloadId(r: IstioResource): string {
  return `workload:${r.effectiveNamespace}/${r.name}`;
}

function addWorkloads(b: Builder, ctx: Context) {
  for (const we of ctx.workloads) {
    const spec = rec(we.spec);
    const details: Record<string, string> = { WorkloadEntry: qualified(we) };
    const address = str(spec?.address);
    if (address) details.address = address;
    const labels = labelPairs(spec?.labels);
    if (labels.length) details.labels = labels.join(', ');
    for (const k of ['serviceAccount', 'network', 'locality'] as const) {
      const v = str(spec?.[k]);
      if (v) details[k] = v;
    }
    const ns = we.effectiveNamespace;
    b.node({ id: workloadId(we), type: 'workload', label: we.name || '(unnamed)', namespace: ns, resource: refTo(we), location: locate(we), details }, [wholeScope(keyOf(we))]);
  }
}

/** WorkloadEntries of the ServiceEntry's namespace whose labels contain every selector label. */
function selectedWorkloads(se: IstioResource, ctx: Context): IstioResource[] {
  const selector = rec(rec(rec(se.spec)?.workloadSelector)?.labels);
  if (!selector) return [];
  return ctx.workloads.filter((we) => {
    if (we.effectiveNamespace !== se.effectiveNamespace) return false;
    const labels = rec(rec(we.spec)?.labels) ?? {};
    return Object.entries(selector).every(([k, v]) => labels[k] === v);
  });
}

function addServiceEntry(b: Builder, ctx: Context, se: IstioResource) {
  const spec = rec(se.spec);
  const key = keyOf(se);
  const hosts = strs(spec?.hosts)
    .map((h, i) => ({ host: resolveHost(h, se.effectiveNamespace), i }))
    .filter((h) => h.host !== '');
  for (const { host, i } of hosts) {
    b.node(
      { id: hostId(host), type: isExternal(se) ? 'external' : 'service', label: host, namespace: se.effectiveNamespace, resource: refTo(se), location: locate(se, 'spec', 'hosts', i), details: seDetails(se, host) },
      [partScope(key, `spec.hosts[${i}]`, SE_PARTS)],
    );
  }
  arr(spec?.endpoints).forEach((raw, j) => {
    const ep = rec(raw);
    if (!ep) return;
    const id = `endpoint:${se.effectiveNamespace}/${se.name}/${j}`;
    const path = `spec.endpoints[${j}]`;
    const details = endpointDetails(ep);
    b.node({ id, type: 'endpoint', label: str(ep.address) ?? '(no address)', namespace: se.effectiveNamespace, resource: refTo(se), location: locate(se, 'spec', 'endpoints', j), details }, [{ key, includes: (p) => under(p, path) }]);
    for (const { host } of hosts) {
      b.edge({ id: `se:${qualified(se)}/${path}/${host}`, source: hostId(host), target: id, label: details.ports ?? '', resource: refTo(se), location: locate(se, 'spec', 'endpoints', j), details: { ServiceEntry: qualified(se), endpoint: str(ep.address) ?? '' } });
    }
  });
  const selector = labelPairs(rec(spec?.workloadSelector)?.labels);
  if (selector.length) {
    const selected = selectedWorkloads(se, ctx);
    for (const { host } of hosts) {
      if (!selected.length) b.detail(hostId(host), 'workloadSelector', `${selector.join(', ')}: no WorkloadEntry in the workspace matches (pods may)`);
      else b.detail(hostId(host), 'workloadSelector', selector.join(', '));
      for (const we of selected) {
        b.edge({ id: `se:${qualified(se)}/workload:${we.name}/${host}`, source: hostId(host), target: workloadId(we), label: selector.join(', '), resource: refTo(se), location: locate(se, 'spec', 'workloadSelector'), details: { ServiceEntry: qualified(se), selector: selector.join(', ') } });
      }
    }
  }
}

/** Add WorkloadEntry nodes, ServiceEntry host and endpoint nodes, and the edges host → endpoint / workload. */
export function deriveServices(b: Builder, ctx: Context, resources: readonly IstioResource[]) {
  addWorkloads(b, ctx);
  for (const r of resources) if (r.kind === 'ServiceEntry') addServiceEntry(b, ctx, r);
}
