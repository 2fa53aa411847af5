/** The three passes in fixed order — structure → Istio rules → cross-resource analysis — over a parsed workspace. */
import { compareDiagnostics, formatPath, type Diagnostic, type DiagnosticSource, type Severity } from '../core/diagnostic';
import type { Emit, Finding, ResourceCheck, WorkspaceCheck } from '../core/finding';
import { refOf } from '../core/resource';
import { locatePath } from '../yaml/locate';
import type { LineCounter } from 'yaml';
import type { IstioResource } from '../core/resource';
import type { ParsedWorkspace, WorkspaceDocument } from '../yaml/parse';

/** Turn a finding into a diagnostic located in the workspace text. */
export function locateFinding(ws: ParsedWorkspace, f: Finding, source: DiagnosticSource): Diagnostic {
  return locateFindingIn(ws.documents[f.resource.document], ws.lineCounter, ws.text, f, source);
}

/** Turn a finding into a diagnostic located in `text`, given the finding's parsed document (if any). */
export function locateFindingIn(doc: Pick<WorkspaceDocument, 'doc' | 'offset'> | undefined, lineCounter: LineCounter, text: string, f: Finding, source: DiagnosticSource): Diagnostic {
  const fullPath = [...f.resource.basePath, ...f.path];
  const range = doc ? locatePath(doc.doc, lineCounter, text, fullPath, f.target ?? 'value', doc.offset).range : f.resource.range;
  const d: Diagnostic = {
    severity: f.severity,
    code: f.code,
    message: f.message,
    path: formatPath(f.path),
    range,
    document: f.resource.document,
    resource: refOf(f.resource),
    source,
  };
  if (f.istioCode) d.istioCode = f.istioCode;
  if (f.docsUrl) d.docsUrl = f.docsUrl;
  return d;
}

export interface Passes {
  structure: ResourceCheck;
  rules: ResourceCheck;
  analysis: WorkspaceCheck;
}

/** Run per-resource passes (and analysis when `analyze`), returning every diagnostic in deterministic order. */
export function runPasses(ws: ParsedWorkspace, passes: Passes, analyze: boolean, istioctlSeverities = analyze): Diagnostic[] {
  const out: Diagnostic[] = [...ws.diagnostics];
  const locate = (f: Finding, source: DiagnosticSource) => locateFinding(ws, f, source);
  const collect = (source: DiagnosticSource): Emit =>
    istioctlSeverities ? (f) => out.push(locate(withIstioctlSeverity(f), source)) : (f) => out.push(locate(f, source));
  for (const r of ws.resources) {
    passes.structure(r, collect('structure'));
    passes.rules(r, collect('rule'));
  }
  if (analyze) passes.analysis(ws.resources, collect('analysis'));
  return finishDiagnostics(ws.resources, out);
}

/**
 * Where `istioctl analyze` reports a webhook finding at another severity than the webhook itself, analysis uses
 * istioctl's (validation keeps the webhook's): IST0131 VirtualServiceIneffectiveMatch is a webhook warning but an
 * istioctl Info.
 */
export const ISTIOCTL_SEVERITY: Readonly<Record<string, Severity>> = { IST0131: 'info' };

function withIstioctlSeverity(f: Finding): Finding {
  const severity = f.istioCode === undefined ? undefined : ISTIOCTL_SEVERITY[f.istioCode];
  return severity === undefined || severity === f.severity ? f : { ...f, severity };
}

/** Drop suppressed analysis diagnostics and sort the rest in the deterministic order of `runPasses`. */
export function finishDiagnostics(resources: readonly IstioResource[], diagnostics: Diagnostic[]): Diagnostic[] {
  return applySuppressions(resources, diagnostics).sort(compareDiagnostics);
}

/** istioctl's `galley.istio.io/analyze-suppress` annotation: comma-separated codes silenced on that resource. */
export const SUPPRESS_ANNOTATION = 'galley.istio.io/analyze-suppress';

function applySuppressions(resources: readonly IstioResource[], diagnostics: Diagnostic[]): Diagnostic[] {
  const byDoc = new Map<string, Set<string>>();
  for (const r of resources) {
    const ann = r.metadata.annotations;
    const v = ann && typeof ann === 'object' ? (ann as Record<string, unknown>)[SUPPRESS_ANNOTATION] : undefined;
    if (typeof v === 'string') {
      byDoc.set(`${r.document}/${r.kind}/${r.namespace ?? ''}/${r.name}`, new Set(v.split(',').map((s) => s.trim()).filter(Boolean)));
    }
  }
  if (byDoc.size === 0) return diagnostics;
  return diagnostics.filter((d) => {
    if (!d.resource || d.source !== 'analysis') return true;
    const codes = byDoc.get(`${d.document}/${d.resource.kind}/${d.resource.namespace ?? ''}/${d.resource.name}`);
    if (!codes) return true;
    return !(codes.has('*') || codes.has(d.code) || (d.istioCode !== undefined && codes.has(d.istioCode)));
  });
}
