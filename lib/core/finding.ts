/** What a check reports before it has a position: the pipeline turns findings into located diagnostics. */
import type { DiagnosticSource, PathSegment, Severity } from './diagnostic';
import type { IstioResource } from './resource';

export interface Finding {
  severity: Severity;
  code: string;
  message: string;
  resource: IstioResource;
  /** Path inside the resource (e.g. ['spec','ports',1,'name']); the resource's basePath is added by the pipeline. */
  path: PathSegment[];
  /** Point at the key instead of the value (e.g. an unknown field, or a value of the wrong kind). */
  target?: 'value' | 'key';
  istioCode?: string;
  docsUrl?: string;
}

/** Receives findings; one per call. */
export type Emit = (finding: Finding) => void;

/** A pass over one resource at a time (structure, per-resource Istio rules). */
export type ResourceCheck = (resource: IstioResource, emit: Emit) => void;

/** A pass over the whole workspace (cross-resource analysis). */
export type WorkspaceCheck = (resources: readonly IstioResource[], emit: Emit) => void;

export interface Pass {
  source: DiagnosticSource;
}
