/** Public entry points: validate (each resource on its own) and analyze (plus cross-resource analysis). */
import type { Diagnostic } from '../core/diagnostic';
import { parseWorkspace, type ParsedWorkspace } from '../yaml/parse';
import { checkStructure } from '../istio/structure';
import { checkRules } from '../rules';
import { analyzeResources } from '../analysis';
import { runPasses, type Passes } from './pipeline';

/** The passes `validateText` and `analyzeText` run (also run by the CLI's parallel analysis). */
export const passes: Passes = { structure: checkStructure, rules: checkRules, analysis: analyzeResources };

export interface Result {
  workspace: ParsedWorkspace;
  diagnostics: Diagnostic[];
}

/** Per-resource validation, like `istioctl validate`: YAML, structure, Istio's webhook rules. */
export function validateText(text: string): Result {
  const workspace = parseWorkspace(text);
  return { workspace, diagnostics: runPasses(workspace, passes, false) };
}

/** Validation plus cross-resource analysis of the whole workspace, like `istioctl analyze`. */
export function analyzeText(text: string): Result {
  const workspace = parseWorkspace(text);
  return { workspace, diagnostics: runPasses(workspace, passes, true) };
}
