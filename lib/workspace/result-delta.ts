/**
 * The validation worker's answer as a delta from its previous answer (see list-delta.ts): a keystroke in a mesh
 * changes one document, so the main thread receives that document's resources and diagnostics, not all of them,
 * and keeps its own objects for the rest (stable identities: unchanged rows, forms and graph inputs stay put).
 */
import type { Diagnostic } from '../core/diagnostic';
import type { IstioResource } from '../core/resource';
import { applyListDelta, encodeListDelta, type ListDelta } from './list-delta';
import type { AnalysisResult } from './types';

export interface AnalysisDelta {
  type: 'delta';
  /** Not relative to a previous answer (the first one, or after `reset`). */
  full: boolean;
  version: number;
  documentCount: number;
  yamlBroken: boolean;
  durationMs: number;
  resources: ListDelta<IstioResource>;
  diagnostics: ListDelta<Diagnostic>;
}

export interface ResultEncoder {
  (result: AnalysisResult): AnalysisDelta;
  /** The receiver lost track: the next answer is full. */
  reset(): void;
}

/** Worker side: remembers the last answer it encoded. */
export function createResultEncoder(): ResultEncoder {
  let prev: AnalysisResult | null = null;
  const encode = (result: AnalysisResult): AnalysisDelta => {
    const { version, documentCount, yamlBroken, durationMs } = result;
    const delta: AnalysisDelta = {
      type: 'delta',
      full: prev === null,
      version,
      documentCount,
      yamlBroken,
      durationMs,
      resources: encodeListDelta(prev?.resources ?? null, result.resources),
      diagnostics: encodeListDelta(prev?.diagnostics ?? null, result.diagnostics),
    };
    prev = result;
    return delta;
  };
  return Object.assign(encode, { reset: () => void (prev = null) });
}

/** Main-thread side: the full result, or null when the delta does not fit its copy (then ask for a full one). */
export function createResultDecoder(): (delta: AnalysisDelta) => AnalysisResult | null {
  let prev: AnalysisResult | null = null;
  return (delta) => {
    const base = delta.full ? null : prev;
    if (!delta.full && !base) return null;
    const resources = applyListDelta(base?.resources ?? null, delta.resources);
    const diagnostics = applyListDelta(base?.diagnostics ?? null, delta.diagnostics);
    if (!resources || !diagnostics) return null;
    const { version, documentCount, yamlBroken, durationMs } = delta;
    prev = { version, resources, diagnostics, documentCount, yamlBroken, durationMs };
    return prev;
  };
}

/** Whether a worker message is an analysis delta. */
export function isAnalysisDelta(m: unknown): m is AnalysisDelta {
  return typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'delta';
}
