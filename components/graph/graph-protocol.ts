/**
 * Messages between the graph view and its worker: the newest request wins, older answers are dropped. Both ways
 * carry deltas (lib/workspace/list-delta): the view sends the resources and diagnostics that changed since its
 * last request, the worker the nodes and edges that changed since its last answer, and positions only when the
 * layout ran again (the graph's shape changed). A keystroke in a mesh thus moves a few objects, not the mesh.
 */
import type { Diagnostic } from '@/lib/core/diagnostic';
import type { IstioResource } from '@/lib/core/resource';
import type { Positions } from '@/lib/graph/layout';
import type { GraphEdge, GraphNode } from '@/lib/graph/types';
import type { ListDelta } from '@/lib/workspace/list-delta';

export interface GraphRequest {
  id: number;
  /** Relative to nothing (the worker forgets what it holds): the first request, or after the view lost track. */
  full: boolean;
  resources: ListDelta<IstioResource>;
  diagnostics: ListDelta<Diagnostic>;
}

export type GraphResponse =
  | {
      id: number;
      ok: true;
      /** Not relative to a previous answer. */
      full: boolean;
      nodes: ListDelta<GraphNode>;
      edges: ListDelta<GraphEdge>;
      /** null: the shape did not change, the previous positions still hold. */
      positions: Positions | null;
      ms: number;
    }
  | { id: number; ok: false; error: string };
