/** The one mapping from our diagnostics to Monaco markers. */
import type { editor, MarkerSeverity } from 'monaco-editor';
import type { Diagnostic } from '@/lib/core/diagnostic';

/** Monaco's MarkerSeverity values (passed in, so this stays testable without loading Monaco). */
export type MarkerSeverities = Pick<typeof MarkerSeverity, 'Error' | 'Warning' | 'Info'>;

export const MARKER_OWNER = 'entryway';

/** A Monaco marker for a diagnostic: same range, message with the resource path, code and istioctl code. */
export function toMarker(d: Diagnostic, severities: MarkerSeverities): editor.IMarkerData {
  const severity = d.severity === 'error' ? severities.Error : d.severity === 'warning' ? severities.Warning : severities.Info;
  return {
    severity,
    message: d.path ? `${d.message} (${d.path})` : d.message,
    code: d.code,
    source: d.istioCode ? `Entryway · ${d.istioCode}` : 'Entryway',
    startLineNumber: d.range.line,
    startColumn: d.range.column,
    endLineNumber: d.range.endLine,
    endColumn: Math.max(d.range.endColumn, d.range.endLine === d.range.line ? d.range.column + 1 : d.range.endColumn),
  };
}
