/** Test helpers for the DR/VS rules: run one manifest through the pipeline and describe findings by the text they cover. */
import type { Diagnostic, Range } from '../../core/diagnostic';
import { runPasses } from '../../validate/pipeline';
import { parseWorkspace } from '../../yaml/parse';
import { checkDestinationRule } from '../destination-rule';
import { checkVirtualService } from '../virtual-service';

export interface Seen {
  code: string;
  severity: string;
  message: string;
  /** 1-based line of the range start. */
  line: number;
  /** The text the range covers (first line only), e.g. the offending value or key. */
  text: string;
}

function textOf(text: string, r: Range): string {
  const line = text.split('\n')[r.line - 1] ?? '';
  return line.slice(r.column - 1, r.endLine === r.line ? r.endColumn - 1 : undefined);
}

/** A manifest of `kind` in namespace `ns` with `spec` (already indented by two spaces per level under `spec:`). */
export function manifest(kind: 'DestinationRule' | 'VirtualService', spec: string, metadataExtra = ''): string {
  return `apiVersion: networking.istio.io/v1\nkind: ${kind}\nmetadata:\n  name: r\n  namespace: ns\n${metadataExtra}spec:\n${spec}`;
}

/** The rule findings for a manifest, described for assertions. */
export function findings(text: string): Seen[] {
  const ws = parseWorkspace(text);
  const diags: Diagnostic[] = runPasses(
    ws,
    {
      structure: () => {},
      rules: (r, emit) => (r.kind === 'DestinationRule' ? checkDestinationRule(r, emit) : r.kind === 'VirtualService' ? checkVirtualService(r, emit) : undefined),
      analysis: () => {},
    },
    false,
  );
  return diags.map((d) => ({ code: d.code, severity: d.severity, message: d.message, line: d.range.line, text: textOf(text, d.range) }));
}

/** Findings of a DestinationRule with this spec body. */
export const drFindings = (spec: string, metadataExtra = '') => findings(manifest('DestinationRule', spec, metadataExtra));
/** Findings of a VirtualService with this spec body. */
export const vsFindings = (spec: string, metadataExtra = '') => findings(manifest('VirtualService', spec, metadataExtra));
