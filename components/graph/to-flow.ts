/** Graph + positions + view state → React Flow nodes and edges (pure, so it is unit-tested without a DOM). */
import type { Edge, Node } from '@xyflow/react';
import { edgeCaption, nodeAccessibleName } from '@/lib/graph/caption';
import { NODE_HEIGHT, nodeWidth, type Positions } from '@/lib/graph/layout';
import type { EgressGraph, GraphEdge, GraphNode, NodeType } from '@/lib/graph/types';
import type { Highlight } from '@/lib/graph/view-state';

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

/** React Flow elements for the (filtered) graph, positioned by the layout of the whole graph. */
export function toFlow(graph: EgressGraph, positions: Positions, view: ViewState): { nodes: EgressFlowNode[]; edges: EgressFlowEdge[] } {
  const { search, trace, selectedDocument } = view;
  const label = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const nodes: EgressFlowNode[] = graph.nodes.map((n) => {
    const p = positions[n.id];
    const inTrace = trace ? trace.nodes.has(n.id) : true;
    const inSearch = search ? search.has(n.id) : true;
    return {
      id: n.id,
      type: n.type,
      position: { x: p?.x ?? 0, y: p?.y ?? 0 },
      width: p?.width ?? nodeWidth(n),
      height: p?.height ?? NODE_HEIGHT,
      data: { node: n, dimmed: !inTrace || !inSearch, highlighted: (trace !== undefined && inTrace) || (search !== undefined && inSearch), current: n.resource?.document === selectedDocument && selectedDocument !== undefined },
      ariaLabel: nodeAccessibleName(n),
      ariaRole: 'button',
    };
  });
  const edges: EgressFlowEdge[] = graph.edges.map((e) => {
    const inTrace = trace ? trace.edges.has(e.id) : true;
    const inSearch = search ? search.has(e.source) || search.has(e.target) : true;
    const caption = edgeCaption(e);
    return {
      id: e.id,
      source: e.source,
      target: e.target,
      type: 'egress',
      data: { edge: e, caption, dimmed: !inTrace || !inSearch, highlighted: trace !== undefined && inTrace, current: e.resource?.document === selectedDocument && selectedDocument !== undefined },
      ariaLabel: `Route from ${label.get(e.source)} to ${label.get(e.target)}${caption ? `: ${caption}` : ''}`,
    };
  });
  return { nodes, edges };
}
