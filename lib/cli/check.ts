/** `validate` and `analyze` over CLI inputs: per file, or all files as one workspace for analysis. */
import { summarize, type DiagnosticSummary } from '../core/diagnostic';
import type { IstioResource } from '../core/resource';
import { analyzeText, validateText } from '../validate';
import { combineTexts, splitDiagnostics, type FileDiagnostic } from './combine';
import type { Input } from './inputs';
import { analyzeParallel, PARALLEL_MIN_CHARS } from './parallel';

export interface CheckReport {
  diagnostics: FileDiagnostic[];
  summary: DiagnosticSummary & { resources: number };
  /** Every Istio resource checked (document indices are the combined workspace's for `analyze`). */
  resources: IstioResource[];
}

/** Inputs that can be parsed, and diagnostics for those that cannot. */
function screen(inputs: readonly Input[]): { texts: { file: string; text: string }[]; problems: FileDiagnostic[] } {
  const texts: { file: string; text: string }[] = [];
  const problems: FileDiagnostic[] = [];
  for (const { file, text, problem } of inputs) {
    if (problem) problems.push({ file, diagnostic: problem });
    else if (text !== undefined) texts.push({ file, text });
  }
  return { texts, problems };
}

/** Run `validate` (each file on its own) or `analyze` (all files as one workspace). Output follows input order. */
export function checkInputs(inputs: readonly Input[], mode: 'validate' | 'analyze'): CheckReport {
  const { texts, problems } = screen(inputs);
  const byFile = new Map<string, FileDiagnostic[]>();
  const resources: IstioResource[] = [];
  const add = (fd: FileDiagnostic) => {
    const list = byFile.get(fd.file) ?? [];
    list.push(fd);
    byFile.set(fd.file, list);
  };
  problems.forEach(add);
  if (mode === 'validate' || texts.length === 1) {
    const run = mode === 'validate' ? validateText : analyzeText;
    for (const { file, text } of texts) {
      const r = run(text);
      resources.push(...r.workspace.resources);
      for (const diagnostic of r.diagnostics) add({ file, diagnostic });
    }
  } else if (texts.length > 1) {
    const combined = combineTexts(texts);
    const r = analyzeText(combined.text);
    resources.push(...r.workspace.resources);
    for (const fd of splitDiagnostics(combined, r.workspace, r.diagnostics)) add(fd);
  }
  return report(inputs, byFile, resources);
}

function report(inputs: readonly Input[], byFile: Map<string, FileDiagnostic[]>, resources: IstioResource[]): CheckReport {
  const diagnostics = [...new Set(inputs.map((i) => i.file))].flatMap((file) => byFile.get(file) ?? []);
  return { diagnostics, summary: { ...summarize(diagnostics.map((d) => d.diagnostic)), resources: resources.length }, resources };
}

/** `checkInputs`, except that one large text to `analyze` is checked on two threads (same report). */
export async function checkInputsParallel(inputs: readonly Input[], mode: 'validate' | 'analyze', minChars = PARALLEL_MIN_CHARS): Promise<CheckReport> {
  const { texts, problems } = screen(inputs);
  const only = texts.length === 1 ? texts[0]! : undefined;
  if (mode !== 'analyze' || !only || only.text.length < minChars) return checkInputs(inputs, mode);
  const r = await analyzeParallel(only.text);
  const byFile = new Map<string, FileDiagnostic[]>();
  for (const fd of problems) byFile.set(fd.file, [...(byFile.get(fd.file) ?? []), fd]);
  byFile.set(only.file, [...(byFile.get(only.file) ?? []), ...r.diagnostics.map((diagnostic) => ({ file: only.file, diagnostic }))]);
  return report(inputs, byFile, r.resources);
}
