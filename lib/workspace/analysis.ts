/** What the validation worker computes for one version of the text: plain, structured-clone-safe data. */
import type { Diagnostic } from '../core/diagnostic';
import { analyzeText } from '../validate';
import type { AnalysisResult } from './types';

/** YAML-level errors that mean the text could not be read as YAML (not merely an odd document). */
const PARSE_ERROR_CODES = new Set(['YAML001', 'YAML002', 'YAML004', 'YAML007']);

/** Whether the diagnostics contain a YAML parse error (then forms go read-only). */
export function hasYamlParseError(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.source === 'yaml' && d.severity === 'error' && PARSE_ERROR_CODES.has(d.code));
}

/** Validate and analyze `text` (version `version`). Never throws: a crashing pass becomes a diagnostic. */
export function analyzeForStudio(text: string, version: number, clock: () => number = () => performance.now()): AnalysisResult {
  const t0 = clock();
  try {
    const { workspace, diagnostics } = analyzeText(text);
    return {
      version,
      resources: workspace.resources,
      diagnostics,
      documentCount: workspace.documents.length,
      yamlBroken: hasYamlParseError(diagnostics),
      durationMs: clock() - t0,
    };
  } catch (e) {
    // NOTE: a bug in a pass must not take the editor down; show it where the user looks.
    const message = e instanceof Error ? e.message : String(e);
    return {
      version,
      resources: [],
      diagnostics: [
        {
          severity: 'error',
          code: 'EW000',
          message: `the validator failed on this text: ${message}`,
          path: '',
          range: { line: 1, column: 1, endLine: 1, endColumn: 2 },
          document: 0,
          source: 'yaml',
        },
      ],
      documentCount: 0,
      yamlBroken: true,
      durationMs: clock() - t0,
    };
  }
}
