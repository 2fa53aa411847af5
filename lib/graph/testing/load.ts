/** Test helpers: derive a graph from YAML text or a fixture, and read paths off it by label. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../../validate';
import { deriveGraph } from '../derive';
import type { EgressGraph, GraphEdge, GraphNode } from '../types';

export const FIXTURES = join(__dirname, '..', '..', '..', 'fixtures');

/** Analyze `text` like the studio does and derive its graph with the analysis diagnostics. */
export function graphOf(text: string): EgressGraph {
  const { workspace, diagnostics } = analyzeText(text);
  return deriveGraph(workspace.resources, diagnostics);
}

/** Graph of `fixtures/examples/<name>/<version>.yaml`. */
export function exampleGraph(name: string, version = 'v1beta1'): EgressGraph {
  return graphOf(readFileSync(join(FIXTURES, 'examples', name, `${version}.yaml`), 'utf8'));
}

export function nodeByLabel(g: EgressGraph, label: string): GraphNode {
  const n = g.nodes.find((x) => x.label === label);
  if (!n) throw new Error(`no node labelled ${label}; have ${g.nodes.map((x) => x.label).join(', ')}`);
  return n;
}

/** Every edge as `source label → target label`, sorted. */
export function edgeLabels(g: EgressGraph): string[] {
  const label = new Map(g.nodes.map((n) => [n.id, n.label]));
  return g.edges.map((e) => `${label.get(e.source)} → ${label.get(e.target)}`).sort();
}

/** The edges from the node labelled `from` to the node labelled `to`. */
export function edgesBetween(g: EgressGraph, from: string, to: string): GraphEdge[] {
  const s = nodeByLabel(g, from).id;
  const t = nodeByLabel(g, to).id;
  return g.edges.filter((e) => e.source === s && e.target === t);
}
