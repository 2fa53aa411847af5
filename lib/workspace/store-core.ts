/**
 * The workspace store: canonical text, undo history, selection and the derived analysis from the worker. This core
 * takes `appendDocuments` as an option, so the studio's first route need not load `yaml` (see store.ts, which
 * builds it in for every other caller).
 */
import type { IstioResource } from '../core/resource';
import type { FormEdit } from '../yaml/edit';
import type { AppendResult } from './append';
import { createHistory, type HistoryOptions } from './history';
import { diffText } from './text-change';
import type { AnalysisResult, Origin, Selection, TextChange } from './types';

/** The forms engineer's `applyEdit` (lib/yaml/edit.ts): injected so the store does not depend on its progress. */
export type ApplyEdit = (text: string, edit: FormEdit) => { ok: true; text: string; changed: TextChange } | { ok: false; message: string };

/** The text the "Changes" diff compares against: what was opened or imported, or what was last exported. */
export interface Baseline {
  text: string;
  origin: 'open' | 'import' | 'export';
}

export interface WorkspaceState {
  text: string;
  baseline: Baseline;
  /** Increments on every text change; analysis results carry the version they were computed for. */
  version: number;
  /** Origin of the last text change. */
  origin: Origin;
  /** The last change, relative to the previous text (what the editor applies when it did not make it). */
  change: TextChange | null;
  /** Latest analysis of the current text, or of an older one while the worker catches up. */
  analysis: AnalysisResult | null;
  /** Whether `analysis` is for the current version. */
  analysisCurrent: boolean;
  /** Resources of the last analysis without a YAML parse error: what forms show (read-only) while the text is broken. */
  lastGood: IstioResource[];
  selection: Selection | null;
  /** Bumped when the selection asks the editor to reveal its range. */
  revealSeq: number;
  canUndo: boolean;
  canRedo: boolean;
}

export interface WorkspaceStore {
  getState(): WorkspaceState;
  subscribe(listener: () => void): () => void;
  /**
   * Replace the text (a no-op when unchanged); one undo step unless an editor typing burst continues. `change`,
   * when the caller knows it (the editor does), spares comparing the two texts (a 1 MB diff per keystroke).
   */
  setText(text: string, origin: Origin, change?: TextChange): void;
  /** Apply a form edit through `applyEdit`; one undo step. */
  applyFormEdit(edit: FormEdit): { ok: true } | { ok: false; message: string };
  /** Append YAML documents (import, new resource) as one undo step and select the first one. */
  append(yamlText: string, origin: Extract<Origin, 'import' | 'create'>): number;
  undo(): boolean;
  redo(): boolean;
  /** End the current typing burst (e.g. on blur) so the next keystroke is a new undo step. */
  sealHistory(): void;
  /** Accept a worker result; results for an older version than the current text are dropped. */
  acceptAnalysis(result: AnalysisResult): boolean;
  select(selection: Selection | null, reveal?: boolean): void;
  /** Remember `text` as the baseline of the "Changes" diff (import and open set it too). */
  setBaseline(text: string, origin: Baseline['origin']): void;
}

export interface StoreOptions extends HistoryOptions {
  /** `appendDocuments` of append.ts (store.ts passes it; the studio loads it before its first append). */
  appendDocuments?: (current: string, addition: string) => AppendResult;
  applyEdit?: ApplyEdit;
  now?: () => number;
}

/** Create one store per mounted workspace (never a module singleton). */
export function createStoreCore(initialText: string, options: StoreOptions & Required<Pick<StoreOptions, 'appendDocuments'>>): WorkspaceStore {
  const now = options.now ?? (() => Date.now());
  const history = createHistory(options);
  const listeners = new Set<() => void>();
  let state: WorkspaceState = {
    text: initialText,
    baseline: { text: initialText, origin: 'open' },
    version: 0,
    origin: 'restore',
    change: null,
    analysis: null,
    analysisCurrent: false,
    lastGood: [],
    selection: null,
    revealSeq: 0,
    canUndo: false,
    canRedo: false,
  };

  const emit = (next: Partial<WorkspaceState>) => {
    state = { ...state, ...next, canUndo: history.canUndo(), canRedo: history.canRedo() };
    for (const l of [...listeners]) l();
  };

  const commit = (text: string, origin: Origin, change?: TextChange | null) => {
    emit({ text, origin, version: state.version + 1, change: change ?? diffText(state.text, text), analysisCurrent: false });
  };

  const setText = (text: string, origin: Origin, change?: TextChange) => {
    if (text === state.text) return;
    history.record(state.text, origin, now());
    commit(text, origin, change);
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setText,
    applyFormEdit(edit) {
      if (!options.applyEdit) return { ok: false, message: 'form editing is not available' };
      if (state.analysis?.yamlBroken) return { ok: false, message: 'fix the YAML syntax error before editing in the form' };
      const r = options.applyEdit(state.text, edit);
      if (!r.ok) return r;
      if (r.text !== state.text) {
        history.record(state.text, 'form', now());
        commit(r.text, 'form', r.changed);
      }
      return { ok: true };
    },
    append(yamlText, origin) {
      const { text, firstDocument } = options.appendDocuments(state.text, yamlText);
      setText(text, origin);
      emit({ selection: { document: firstDocument }, revealSeq: state.revealSeq + 1, ...(origin === 'import' ? { baseline: { text, origin } } : {}) });
      return firstDocument;
    },
    undo() {
      const text = history.undo(state.text);
      if (text === null) return false;
      commit(text, 'undo');
      return true;
    },
    redo() {
      const text = history.redo(state.text);
      if (text === null) return false;
      commit(text, 'redo');
      return true;
    },
    sealHistory: () => history.seal(),
    acceptAnalysis(result) {
      if (result.version !== state.version) return false;
      emit({ analysis: result, analysisCurrent: true, lastGood: result.yamlBroken ? state.lastGood : result.resources });
      return true;
    },
    select(selection, reveal = true) {
      emit({ selection, revealSeq: reveal ? state.revealSeq + 1 : state.revealSeq });
    },
    setBaseline(text, origin) {
      emit({ baseline: { text, origin } });
    },
  };
}
