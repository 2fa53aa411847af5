/** Layered left-to-right layout with elkjs: sources → gateways → services → endpoints, one ELK partition per layer. */
import ELK, { type ElkNode } from 'elkjs/lib/elk.bundled.js';
import { LAYER_OF, type EgressGraph, type GraphNode } from './types';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Top-left position and size of each node, by node id. */
export type Positions = Record<string, Box>;

export const NODE_HEIGHT = 52;
const MIN_WIDTH = 140;
const MAX_WIDTH = 320;

/** Width the view gives a node: room for the icon, the label (up to a cap; longer labels are truncated) and badges. */
export function nodeWidth(n: Pick<GraphNode, 'label'>): number {
  return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, 72 + n.label.length * 7));
}

/** Above this many elements, cheaper ELK settings keep the layout to seconds (the crossing pass dominates). */
const LARGE = 600;

function options(graph: EgressGraph): Record<string, string> {
  const base: Record<string, string> = {
    'elk.algorithm': 'layered',
    'elk.direction': 'RIGHT',
    // NOTE: partitions force the layer order even for nodes with no edge (e.g. a host only reached through a redirect).
    'elk.partitioning.activate': 'true',
    // Components laid out apart would each restart at x = 0, breaking the layer columns.
    'elk.separateConnectedComponents': 'false',
    'elk.spacing.nodeNode': '20',
    'elk.layered.spacing.nodeNodeBetweenLayers': '90',
    'elk.spacing.componentComponent': '30',
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  };
  if (graph.nodes.length + graph.edges.length > LARGE) {
    base['elk.layered.thoroughness'] = '1';
    base['elk.layered.nodePlacement.strategy'] = 'SIMPLE';
    base['elk.layered.crossingMinimization.greedySwitch.type'] = 'OFF';
  }
  return base;
}

/** Positions for every node of `graph`; pure (a fresh ELK instance per call), runs in Node and in a Web Worker. */
export async function layoutGraph(graph: EgressGraph): Promise<Positions> {
  const elk = new ELK();
  const root: ElkNode = {
    id: '__root',
    layoutOptions: options(graph),
    children: graph.nodes.map((n) => ({
      id: n.id,
      width: nodeWidth(n),
      height: NODE_HEIGHT,
      layoutOptions: { 'elk.partitioning.partition': String(LAYER_OF[n.type]) },
    })),
    edges: graph.edges.filter((e) => e.source !== e.target).map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  };
  const out = await elk.layout(root);
  const positions: Positions = {};
  for (const c of out.children ?? []) positions[c.id] = { x: c.x ?? 0, y: c.y ?? 0, width: c.width ?? nodeWidth({ label: '' }), height: c.height ?? NODE_HEIGHT };
  return positions;
}
