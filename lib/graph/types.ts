/** The egress graph: plain data derived from resources, shared by the view, the layout and the CLI formats. */

/**
 * Node types. `mesh` is the sidecars (all namespaces, or one namespace when export rules make it matter);
 * `gateway` a Gateway resource (or a gateway service host no Gateway selects); `service` an in-mesh host;
 * `external` a MESH_EXTERNAL host; `workload` a WorkloadEntry; `endpoint` a ServiceEntry endpoint (IP, DNS name
 * or unix socket).
 */
export type NodeType = 'mesh' | 'gateway' | 'service' | 'external' | 'workload' | 'endpoint';

/** TLS on an edge: a DestinationRule mode, or PASSTHROUGH when the application's own TLS goes through unchanged. */
export type EdgeTls = 'DISABLE' | 'SIMPLE' | 'MUTUAL' | 'ISTIO_MUTUAL' | 'PASSTHROUGH';

/** Counts of the diagnostics attached to a node or an edge, with their distinct codes (sorted). */
export interface GraphDiagnostics {
  errors: number;
  warnings: number;
  codes: string[];
}

/** The resource a node or edge stands for. */
export interface GraphResourceRef {
  kind: string;
  namespace?: string;
  name: string;
  /** 0-based document index in the workspace text. */
  document: number;
}

/** Where to reveal an element in the editor: a document and a dotted path inside it. */
export interface GraphLocation {
  document: number;
  path: string;
}

export interface GraphNode {
  id: string;
  type: NodeType;
  label: string;
  namespace?: string;
  resource?: GraphResourceRef;
  /** What a click selects: the resource's document and the path of the part the node stands for. */
  location?: GraphLocation;
  /** Human-readable facts shown in the tooltip (sorted by key when rendered). */
  details: Record<string, string>;
  diagnostics: GraphDiagnostics;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  label: string;
  protocol?: string;
  port?: number;
  tls?: EdgeTls;
  weight?: number;
  subset?: string;
  /** Description of the route's match (port, SNI hosts, URI, headers…); '' when the route matches everything. */
  match?: string;
  resource?: GraphResourceRef;
  location?: GraphLocation;
  details: Record<string, string>;
  diagnostics: GraphDiagnostics;
}

export interface EgressGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Layer of each node type, left to right: sources → gateways → services → endpoints. */
export const LAYER_OF: Record<NodeType, number> = {
  mesh: 0,
  gateway: 1,
  service: 2,
  external: 2,
  workload: 3,
  endpoint: 3,
};
