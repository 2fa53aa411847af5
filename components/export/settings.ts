/** The export dialog's choices and how they map onto lib/export's options. */
import type { ApiVersion } from '@/lib/core/resource';
import type { BuildOptions, ExportFormat } from '@/lib/export/build';
import type { ExportScope } from '@/lib/export/scope';

export type ScopeMode = 'all' | 'selected' | 'namespace';

export interface ExportSettings {
  apiVersion: ApiVersion;
  format: ExportFormat;
  scopeMode: ScopeMode;
  /** Document indices ticked in "Selected resources". */
  selected: readonly number[];
  /** The namespace of "One namespace". */
  scopeNamespace: string;
  /** "Namespace for all": '' keeps the namespaces as written. */
  namespaceForAll: string;
}

/** The lib/export scope for the dialog's choice. */
export function scopeOf(s: ExportSettings): ExportScope {
  if (s.scopeMode === 'selected') return { documents: s.selected };
  if (s.scopeMode === 'namespace') return { namespace: s.scopeNamespace };
  return 'all';
}

/** Options for buildExport; `namespaceForAll` may be a deferred copy of what is being typed. */
export function buildOptionsOf(s: ExportSettings, namespaceForAll = s.namespaceForAll): BuildOptions {
  const ns = namespaceForAll.trim();
  return { apiVersion: s.apiVersion, format: s.format, scope: scopeOf(s), ...(ns ? { namespace: ns } : {}) };
}
