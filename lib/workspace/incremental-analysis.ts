/**
 * Cross-resource analysis kept up to date per edit: re-run the analyzers only on the resources an edit can
 * affect (the consumers of the edited resources' keys, see incremental-keys.ts), with what those consume.
 */
import type { Finding, WorkspaceCheck } from '../core/finding';
import type { IstioResource } from '../core/resource';
import { SUPPRESS_ANNOTATION, locateFinding } from '../validate/pipeline';
import { absoluteResources, type Chunk } from './incremental-chunk';
import { gatewayServices, patternMatches, resourceKeys, type GatewayServices, type KeyPattern, type ResourceKeys } from './incremental-keys';

interface Entry {
  chunk: Chunk;
  /** Index among the chunk's resources. */
  index: number;
  keys: ResourceKeys;
}

/** Above this share of the workspace, one whole analysis is cheaper than a partial one. */
const PARTIAL_LIMIT = 0.25;

export interface AnalysisState {
  /** Re-analyze after `removed` chunks were replaced by `added` ones; `chunks` is the whole workspace in order. */
  update(chunks: readonly Chunk[], removed: readonly Chunk[], added: readonly Chunk[]): { full: boolean; analyzed: number };
}

function addTo(m: Map<string, Set<IstioResource>>, k: string, r: IstioResource): void {
  const s = m.get(k);
  if (s) s.add(r);
  else m.set(k, new Set([r]));
}

export function createAnalysisState(analyze: WorkspaceCheck): AnalysisState {
  let services: GatewayServices = new Map();
  const entries = new Map<IstioResource, Entry>();
  const providers = new Map<string, Set<IstioResource>>();
  const consumers = new Map<string, Set<IstioResource>>();
  const namespaces = new Map<string, Set<IstioResource>>();
  const patterned = new Set<IstioResource>();

  const index = (chunk: Chunk) =>
    chunk.local.resources.forEach((r, i) => {
      const keys = resourceKeys(r, services);
      entries.set(r, { chunk, index: i, keys });
      for (const k of keys.provides) addTo(providers, k, r);
      for (const k of keys.consumes) addTo(consumers, k, r);
      addTo(namespaces, r.effectiveNamespace, r);
      if (keys.patterns.length) patterned.add(r);
    });
  const unindex = (chunk: Chunk) =>
    chunk.local.resources.forEach((r) => {
      const e = entries.get(r);
      if (!e) return;
      entries.delete(r);
      for (const k of e.keys.provides) providers.get(k)?.delete(r);
      for (const k of e.keys.consumes) consumers.get(k)?.delete(r);
      const ns = namespaces.get(r.effectiveNamespace);
      ns?.delete(r);
      if (ns?.size === 0) namespaces.delete(r.effectiveNamespace);
      patterned.delete(r);
    });

  /** Run the analyzers on `subset` (local resources, in workspace order) and store the findings of `targets`. */
  const run = (subset: IstioResource[], targets: ReadonlySet<IstioResource> | undefined) => {
    const toLocal = new Map<IstioResource, IstioResource>();
    const abs = subset.map((r) => {
      const e = entries.get(r)!;
      const a = absoluteResources(e.chunk)[e.index]!;
      toLocal.set(a, r);
      return a;
    });
    for (const r of targets ?? subset) {
      const chunk = entries.get(r)!.chunk;
      chunk.analysis.set(r, []);
      if (chunk.abs) chunk.abs.diagnostics = undefined;
    }
    analyze(abs, (f: Finding) => {
      const local = toLocal.get(f.resource);
      if (!local || (targets && !targets.has(local))) return;
      const chunk = entries.get(local)!.chunk;
      const d = locateFinding(chunk.local, { ...f, resource: local }, 'analysis');
      if (!suppressed(local, d.code, d.istioCode)) chunk.analysis.get(local)!.push(d);
    });
  };

  /** Everything again; keys are recomputed only when the Gateways (which VirtualService keys read) changed. */
  const full = (chunks: readonly Chunk[], removed: readonly Chunk[], added: readonly Chunk[]) => {
    for (const c of removed) unindex(c);
    const next = gatewayServices(chunks.flatMap((c) => c.local.resources.filter((r) => r.kind === 'Gateway')));
    if (entries.size === 0 || !sameServices(services, next)) {
      services = next;
      entries.clear();
      for (const m of [providers, consumers, namespaces]) m.clear();
      patterned.clear();
      for (const c of chunks) index(c);
    } else {
      for (const c of added) if (!entries.has(c.local.resources[0]!)) index(c);
    }
    run(chunks.flatMap((c) => c.local.resources), undefined);
    return { full: true, analyzed: entries.size };
  };

  /** Add to `subset` the providers of every key a wildcard of its members covers, until none is added. */
  const addCovered = (subset: Set<IstioResource>) => {
    const work = [...subset].filter((r) => patterned.has(r));
    const done = new Set<string>();
    while (work.length > 0) {
      for (const p of entries.get(work.pop()!)!.keys.patterns) {
        const id = `${p.family}:${p.host}`;
        if (done.has(id)) continue;
        done.add(id);
        for (const [k, members] of providers) {
          if (!coveredBy(p, k)) continue;
          for (const m of members) {
            if (subset.has(m)) continue;
            subset.add(m);
            if (patterned.has(m)) work.push(m);
          }
        }
      }
    }
  };

  return {
    update(chunks, removed, added) {
      const before = removed.flatMap((c) => c.local.resources);
      const after = added.flatMap((c) => c.local.resources);
      if (entries.size === 0) return full(chunks, removed, added);
      // an edited Gateway is keyed like any resource unless it changes what VirtualService keys read from Gateways
      const isGateway = (r: IstioResource) => r.kind === 'Gateway';
      if ((before.some(isGateway) || after.some(isGateway)) && !sameServices(services, gatewayServices(chunks.flatMap((c) => c.local.resources.filter(isGateway))))) {
        return full(chunks, removed, added);
      }
      const provided = new Set<string>();
      const scans: KeyPattern[] = [];
      for (const r of before) {
        const keys = entries.get(r)?.keys;
        for (const k of keys?.provides ?? []) provided.add(k);
        scans.push(...(keys?.patterns ?? []));
      }
      const namespacesBefore = new Set(namespaces.keys());
      for (const c of removed) unindex(c);
      for (const c of added) index(c);
      for (const r of after) {
        const keys = entries.get(r)!.keys;
        for (const k of keys.provides) provided.add(k);
        scans.push(...keys.patterns);
      }
      // a namespace that appeared or went away changes which `name.namespace` hosts read as Kubernetes services
      for (const ns of namespaces.keys()) if (!namespacesBefore.has(ns)) provided.add(`ns:${ns}`);
      for (const ns of namespacesBefore) if (!namespaces.has(ns)) provided.add(`ns:${ns}`);

      const targets = new Set<IstioResource>(after);
      for (const k of provided) for (const r of consumers.get(k) ?? []) targets.add(r);
      // wildcards scan rather than look up, and findings can name all a wildcard covers (XR008 lists every
      // VirtualService under a `*.com` host): a wildcard that covers an edited key, or is edited, re-analyzes its
      // resource and every resource it covers
      for (const p of patterned) {
        const own = entries.get(p)!.keys.patterns;
        if (!own.some((x) => [...provided].some((k) => coveredBy(x, k)))) continue;
        targets.add(p);
        scans.push(...own);
      }
      for (const x of scans) for (const [k, members] of providers) if (coveredBy(x, k)) for (const m of members) targets.add(m);
      const subset = new Set<IstioResource>(targets);
      for (const r of targets) for (const k of entries.get(r)!.keys.consumes) for (const p of providers.get(k) ?? []) subset.add(p);
      // a member that scans with a wildcard (rather than looks up) reads every resource its wildcard covers, and
      // a target's finding can name them (e.g. all VirtualServices under a `*.com` host)
      addCovered(subset);
      // NOTE: analyzers read the workspace's namespace set (isKubernetesHost): one resource per namespace keeps it whole
      for (const members of namespaces.values()) subset.add(members.values().next().value!);
      if (subset.size > PARTIAL_LIMIT * entries.size) return full(chunks, [], []);
      const ordered = [...subset].sort((a, b) => {
        const x = entries.get(a)!;
        const y = entries.get(b)!;
        return x.chunk.firstDoc - y.chunk.firstDoc || x.index - y.index;
      });
      run(ordered, targets);
      return { full: false, analyzed: ordered.length };
    },
  };
}

/** patternMatches with a cheap test first: a wildcard covers only hosts with its suffix, and wildcards. */
function coveredBy(p: KeyPattern, key: string): boolean {
  const family = p.family.length;
  if (key.charCodeAt(family) !== 58 /* : */ || !key.startsWith(p.family)) return false;
  if (!key.endsWith(p.host.slice(1)) && key.charCodeAt(family + 1) !== 42 /* * */) return false;
  return patternMatches(p, key);
}

function sameServices(a: GatewayServices, b: GatewayServices): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k)?.join('\n') !== v.join('\n')) return false;
  return true;
}

/** istioctl's `galley.istio.io/analyze-suppress` annotation, as runPasses applies it. */
function suppressed(r: IstioResource, code: string, istioCode: string | undefined): boolean {
  const ann = r.metadata.annotations;
  const v = ann && typeof ann === 'object' ? (ann as Record<string, unknown>)[SUPPRESS_ANNOTATION] : undefined;
  if (typeof v !== 'string') return false;
  const codes = new Set(v.split(',').map((s) => s.trim()).filter(Boolean));
  return codes.has('*') || codes.has(code) || (istioCode !== undefined && codes.has(istioCode));
}
