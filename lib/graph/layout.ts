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

/**
 * Above this many elements, partitions are dropped for cheaper settings: ELK's partition constraints grew to tens of
 * seconds on a 1000-service mesh (about 10× the layout without them). First/last layer constraints keep sources left
 * and endpoints right; gateways and services fall between by their edges.
 */
const LARGE = 600;

function options(large: boolean): Record<string, string> {
  const base: Record<string, string> = {
    'elk.algorithm': 'layered',
    'elk.direction': 'RIGHT',
    // Components laid out apart would each restart at x = 0, breaking the layer columns.
    'elk.separateConnectedComponents': 'false',
    // React Flow draws its own edges: ELK's orthogonal router was most of the time and its routes are unused.
    'elk.edgeRouting': 'POLYLINE',
    'elk.spacing.nodeNode': '20',
    'elk.layered.spacing.nodeNodeBetweenLayers': '90',
  };
  // Model order keeps small graphs in document order between updates; on large ones it costs minutes.
  if (!large) return { ...base, 'elk.partitioning.activate': 'true', 'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES' };
  return {
    ...base,
    'elk.layered.thoroughness': '1',
    'elk.layered.layering.strategy': 'LONGEST_PATH',
    'elk.layered.nodePlacement.strategy': 'SIMPLE',
    'elk.layered.crossingMinimization.greedySwitch.type': 'OFF',
  };
}

function nodeOptions(n: GraphNode, large: boolean): Record<string, string> {
  const layer = LAYER_OF[n.type];
  // NOTE: partitions force the layer order even for nodes with no edge (e.g. a host only reached through a redirect).
  if (!large) return { 'elk.partitioning.partition': String(layer) };
  if (layer === 0) return { 'elk.layered.layering.layerConstraint': 'FIRST' };
  if (layer === 3) return { 'elk.layered.layering.layerConstraint': 'LAST' };
  return {};
}

/** Positions for every node of `graph`; pure (a fresh ELK instance per call), runs in Node and in a Web Worker. */
export async function layoutGraph(graph: EgressGraph): Promise<Positions> {
  const elk = new ELK();
  const large = graph.nodes.length + graph.edges.length > LARGE;
  const root: ElkNode = {
    id: '__root',
    layoutOptions: options(large),
    children: graph.nodes.map((n) => ({
      id: n.id,
      width: nodeWidth(n),
      height: NODE_HEIGHT,
      layoutOptions: nodeOptions(n, large),
    })),
    edges: graph.edges.filter((e) => e.source !== e.target).map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  };
  const out = await elk.layout(root);
  const positions: Positions = {};
  for (const c of out.children ?? []) positions[c.id] = { x: c.x ?? 0, y: c.y ?? 0, width: c.width ?? nodeWidth({ label: '' }), height: c.height ?? NODE_HEIGHT };
  return positions;
}
