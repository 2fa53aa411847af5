/** Accumulates nodes and edges during derivation, with the diagnostic scopes each element owns. */
import type { Diagnostic } from '../core/diagnostic';
import { indexDiagnostics, summarizeScopes, type Scope } from './diagnostics';
import type { EgressGraph, GraphEdge, GraphNode } from './types';

type NodeBody = Omit<GraphNode, 'diagnostics'>;
type EdgeBody = Omit<GraphEdge, 'diagnostics'>;

interface Draft<T> {
  body: T;
  scopes: Scope[];
  /** Codes of warnings the graph itself raises (e.g. an unmatched gateway host). */
  warnings: string[];
}

export interface Builder {
  /** Add a node; adding an existing id merges details and scopes (the first resource wins). */
  node(body: NodeBody, scopes?: Scope[], warnings?: string[]): void;
  hasNode(id: string): boolean;
  /** Add a detail line to an existing node. */
  detail(id: string, key: string, value: string): void;
  /** Attach more diagnostic scopes to an existing node, and a location when it has none. */
  attach(id: string, scopes: Scope[], location?: GraphNode['location']): void;
  edge(body: EdgeBody, scopes?: Scope[]): void;
  finish(diagnostics: readonly Diagnostic[]): EgressGraph;
}

/** Merge a detail: distinct values of one key are joined. */
function mergeDetail(details: Record<string, string>, key: string, value: string) {
  const prev = details[key];
  if (prev === undefined || prev === '') details[key] = value;
  else if (!prev.split('; ').includes(value)) details[key] = `${prev}; ${value}`;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A fresh builder. */
export function createBuilder(): Builder {
  const nodes = new Map<string, Draft<NodeBody>>();
  const edges = new Map<string, Draft<EdgeBody>>();
  return {
    node(body, scopes = [], warnings = []) {
      const prev = nodes.get(body.id);
      if (!prev) {
        nodes.set(body.id, { body: { ...body, details: { ...body.details } }, scopes: [...scopes], warnings: [...warnings] });
        return;
      }
      for (const [k, v] of Object.entries(body.details)) mergeDetail(prev.body.details, k, v);
      prev.scopes.push(...scopes);
      for (const w of warnings) if (!prev.warnings.includes(w)) prev.warnings.push(w);
      if (!prev.body.resource && body.resource) {
        prev.body.resource = body.resource;
        prev.body.location = body.location;
      }
    },
    hasNode: (id) => nodes.has(id),
    detail(id, key, value) {
      const n = nodes.get(id);
      if (n) mergeDetail(n.body.details, key, value);
    },
    attach(id, scopes, location) {
      const n = nodes.get(id);
      if (!n) return;
      n.scopes.push(...scopes);
      if (!n.body.location && location) n.body.location = location;
    },
    edge(body, scopes = []) {
      // Ids are unique by construction (resource + route + source); a repeat is the same edge.
      if (!edges.has(body.id)) edges.set(body.id, { body, scopes, warnings: [] });
    },
    finish(diagnostics) {
      const index = indexDiagnostics(diagnostics);
      const outNodes: GraphNode[] = [...nodes.values()].map((d) => ({ ...d.body, diagnostics: summarizeScopes(index, d.scopes, d.warnings) }));
      const outEdges: GraphEdge[] = [...edges.values()]
        .filter((d) => nodes.has(d.body.source) && nodes.has(d.body.target))
        .map((d) => ({ ...d.body, diagnostics: summarizeScopes(index, d.scopes) }));
      return { nodes: outNodes.sort(byId), edges: outEdges.sort(byId) };
    },
  };
}
