'use client';
import type { IstioResource } from '@/lib/core/resource';
import type { WorkspaceState } from '@/lib/workspace/store';

/** The selected resource: from the current analysis, or the last good one while the YAML is broken. */
export function selectedResource(s: Pick<WorkspaceState, 'analysis' | 'lastGood' | 'selection'>): IstioResource | undefined {
  const sel = s.selection;
  if (!sel) return undefined;
  const pool = s.analysis && !s.analysis.yamlBroken ? s.analysis.resources : s.lastGood;
  const inDoc = pool.filter((r) => r.document === sel.document);
  return (sel.item !== undefined ? inDoc.find((r) => r.basePath[1] === sel.item) : undefined) ?? inDoc[0];
}

/** The resource whose range holds `line` (1-based), as a selection; undefined between documents. */
export function resourceAtLine(
  s: Pick<WorkspaceState, 'analysis' | 'lastGood'>,
  line: number,
): { document: number; item?: number } | undefined {
  const pool = s.analysis && !s.analysis.yamlBroken ? s.analysis.resources : s.lastGood;
  const r = pool.find((x) => x.range.line <= line && line <= x.range.endLine);
  if (!r) return undefined;
  return r.basePath[0] === 'items' && typeof r.basePath[1] === 'number' ? { document: r.document, item: r.basePath[1] } : { document: r.document };
}
