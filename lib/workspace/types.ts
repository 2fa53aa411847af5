/** Shared types of the studio workspace: update origins, text changes, analysis snapshots, selection. */
import type { Diagnostic, Range } from '../core/diagnostic';
import type { IstioResource } from '../core/resource';

/** Who changed the text: the editor must not echo its own keystrokes back into Monaco. */
export type Origin = 'editor' | 'form' | 'import' | 'undo' | 'redo' | 'create' | 'format' | 'restore';

/** Replace the characters [start, end) of the previous text with `text` (offsets into the previous text). */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

/** What the validation worker derives from one version of the text; plain data (structured-clone safe). */
export interface AnalysisResult {
  /** The store version the text belonged to; results of older versions are dropped. */
  version: number;
  resources: IstioResource[];
  diagnostics: Diagnostic[];
  documentCount: number;
  /** The text has a YAML parse error: forms show the last good model read-only. */
  yamlBroken: boolean;
  durationMs: number;
}

/** What the user has selected: a document (resource), optionally a field path and a range to reveal. */
export interface Selection {
  document: number;
  /** Index of the item inside a `kind: List` document. */
  item?: number;
  /** Path inside the resource (a diagnostic's path), for the form to focus. */
  path?: string;
  range?: Range;
}
