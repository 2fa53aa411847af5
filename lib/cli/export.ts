/** `export`: all inputs as one multi-document YAML in one API version. */
import type { ApiVersion } from '../core/resource';
import { exportWorkspace } from '../export';
import { combineTexts, splitDiagnostics, type FileDiagnostic } from './combine';
import { formatLine, formatSummary } from './format';
import type { Input } from './inputs';
import { summarize } from '../core/diagnostic';

export interface ExportOutcome {
  /** The YAML to write, or undefined when errors stop the export. */
  text?: string;
  /** Errors and warnings for stderr (infos, such as "not an Istio kind; kept unchanged", are left out). */
  report: string;
  exitCode: 0 | 1;
}

/** Export `inputs` to `apiVersion`; with errors, nothing is written unless `force`. */
export function exportInputs(inputs: readonly Input[], apiVersion: ApiVersion, force: boolean): ExportOutcome {
  const problems: FileDiagnostic[] = inputs.flatMap((i) => (i.problem ? [{ file: i.file, diagnostic: i.problem }] : []));
  const texts = inputs.flatMap((i) => (i.text !== undefined && !i.problem ? [{ file: i.file, text: i.text }] : []));
  const combined = combineTexts(texts);
  const result = exportWorkspace(combined.text, { apiVersion });
  const found = [...problems, ...splitDiagnostics(combined, result.workspace, result.diagnostics)];
  const shown = found.filter((fd) => fd.diagnostic.severity !== 'info');
  const summary = { ...summarize(found.map((fd) => fd.diagnostic)), resources: result.workspace.resources.length };
  const report = shown.length > 0 ? `${shown.map(formatLine).join('\n')}\n${formatSummary(summary)}\n` : '';
  const failed = summary.errors > 0 && !force;
  return { ...(failed ? {} : { text: result.text }), report, exitCode: failed ? 1 : 0 };
}
