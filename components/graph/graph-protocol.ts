/** Messages between the graph view and its worker: the newest request wins, older answers are dropped. */
import type { Diagnostic } from '@/lib/core/diagnostic';
import type { IstioResource } from '@/lib/core/resource';
import type { Positions } from '@/lib/graph/layout';
import type { EgressGraph } from '@/lib/graph/types';

export interface GraphRequest {
  id: number;
  resources: IstioResource[];
  diagnostics: Diagnostic[];
}

export type GraphResponse =
  | { id: number; ok: true; graph: EgressGraph; positions: Positions; ms: number }
  | { id: number; ok: false; error: string };
