/** Graph + positions + view state → React Flow nodes and edges (pure, so it is unit-tested without a DOM). */
import type { Edge, Node } from '@xyflow/react';
import { edgeCaption, nodeAccessibleName } from '@/lib/graph/caption';
import { NODE_HEIGHT, nodeWidth, type Positions } from '@/lib/graph/layout';
import type { EgressGraph, GraphEdge, GraphNode, NodeType } from '@/lib/graph/types';
import type { Highlight } from '@/lib/graph/view-state';
import { sameItems } from '@/lib/workspace/list-delta';

export interface EgressNodeData extends Record<string, unknown> {
  node: GraphNode;
  dimmed: boolean;
  /** On a traced path, or a search match. */
  highlighted: boolean;
  /** Stands for the resource selected in the studio. */
  current: boolean;
}

export interface EgressEdgeData extends Record<string, unknown> {
  edge: GraphEdge;
  caption: string;
  dimmed: boolean;
  highlighted: boolean;
  current: boolean;
}

export type EgressFlowNode = Node<EgressNodeData, NodeType>;
export type EgressFlowEdge = Edge<EgressEdgeData, 'egress'>;

export interface ViewState {
  search?: Set<string>;
  trace?: Highlight;
  selectedDocument?: number;
}

/**
 * Flow elements made for earlier graphs, by graph element: an unchanged node or edge (same object, same view
 * flags and position) gets the same flow element back, which React Flow skips (it compares by identity).
 */
export interface FlowCache {
  nodes: WeakMap<GraphNode, EgressFlowNode>;
  edges: WeakMap<GraphEdge, EgressFlowEdge>;
  /** The last arrays returned: the same elements give the same arrays (React Flow rebuilds its lookups for a new one). */
  last: { nodes: EgressFlowNode[]; edges: EgressFlowEdge[] };
}

export function createFlowCache(): FlowCache {
  return { nodes: new WeakMap(), edges: new WeakMap(), last: { nodes: [], edges: [] } };
}

/** React Flow elements for the (filtered) graph, positioned by the layout of the whole graph. */
export function toFlow(graph: EgressGraph, positions: Positions, view: ViewState, cache: FlowCache = createFlowCache()): { nodes: EgressFlowNode[]; edges: EgressFlowEdge[] } {
  const { search, trace, selectedDocument } = view;
  const label = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const nodes: EgressFlowNode[] = graph.nodes.map((n) => {
    const p = positions[n.id];
    const inTrace = trace ? trace.nodes.has(n.id) : true;
    const inSearch = search ? search.has(n.id) : true;
    const dimmed = !inTrace || !inSearch;
    const highlighted = (trace !== undefined && inTrace) || (search !== undefined && inSearch);
    const current = n.resource?.document === selectedDocument && selectedDocument !== undefined;
    const x = p?.x ?? 0;
    const y = p?.y ?? 0;
    const width = p?.width ?? nodeWidth(n);
    const height = p?.height ?? NODE_HEIGHT;
    const old = cache.nodes.get(n);
    if (old && old.position.x === x && old.position.y === y && old.width === width && old.height === height && old.data.dimmed === dimmed && old.data.highlighted === highlighted && old.data.current === current) return old;
    const made: EgressFlowNode = {
      id: n.id,
      type: n.type,
      position: { x, y },
      width,
      height,
      data: { node: n, dimmed, highlighted, current },
      ariaLabel: nodeAccessibleName(n),
      ariaRole: 'button',
    };
    cache.nodes.set(n, made);
    return made;
  });
  const edges: EgressFlowEdge[] = graph.edges.map((e) => {
    const inTrace = trace ? trace.edges.has(e.id) : true;
    const inSearch = search ? search.has(e.source) || search.has(e.target) : true;
    const dimmed = !inTrace || !inSearch;
    const highlighted = trace !== undefined && inTrace;
    const current = e.resource?.document === selectedDocument && selectedDocument !== undefined;
    const old = cache.edges.get(e);
    const caption = old?.data?.caption ?? edgeCaption(e);
    const ariaLabel = `Route from ${label.get(e.source)} to ${label.get(e.target)}${caption ? `: ${caption}` : ''}`;
    if (old?.data && old.ariaLabel === ariaLabel && old.data.dimmed === dimmed && old.data.highlighted === highlighted && old.data.current === current) return old;
    const made: EgressFlowEdge = {
      id: e.id,
      source: e.source,
      target: e.target,
      type: 'egress',
      data: { edge: e, caption, dimmed, highlighted, current },
      ariaLabel,
    };
    cache.edges.set(e, made);
    return made;
  });
  const last = cache.last;
  cache.last = { nodes: sameItems(last.nodes, nodes) ? last.nodes : nodes, edges: sameItems(last.edges, edges) ? last.edges : edges };
  return cache.last;
}
