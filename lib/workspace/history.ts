/** Undo/redo history of the workspace text: one step per user action, a typing burst coalesced into one. */
import type { Origin } from './types';

export interface HistoryOptions {
  /** Editor changes closer together than this (ms) join the same undo step. */
  coalesceMs?: number;
  /** Oldest steps are forgotten beyond this many. */
  limit?: number;
}

export interface History {
  /** Record that the text changed from `prev` (to something new) by `origin` at time `now`. */
  record(prev: string, origin: Origin, now: number): void;
  /** The text to go back to from `current`, or null when there is nothing to undo. */
  undo(current: string): string | null;
  /** The text to go forward to from `current`, or null when there is nothing to redo. */
  redo(current: string): string | null;
  /** Close the current typing burst so the next keystroke starts a new step. */
  seal(): void;
  canUndo(): boolean;
  canRedo(): boolean;
}

/** Snapshot history: workspaces are small text, so whole snapshots are simpler and safer than patches. */
export function createHistory(options: HistoryOptions = {}): History {
  const coalesceMs = options.coalesceMs ?? 1000;
  const limit = options.limit ?? 300;
  const past: string[] = [];
  const future: string[] = [];
  let burstAt: number | null = null;

  return {
    record(prev, origin, now) {
      const coalesce = origin === 'editor' && burstAt !== null && now - burstAt <= coalesceMs;
      if (!coalesce) {
        past.push(prev);
        if (past.length > limit) past.shift();
      }
      future.length = 0;
      burstAt = origin === 'editor' ? now : null;
    },
    undo(current) {
      const prev = past.pop();
      if (prev === undefined) return null;
      future.push(current);
      burstAt = null;
      return prev;
    },
    redo(current) {
      const next = future.pop();
      if (next === undefined) return null;
      past.push(current);
      burstAt = null;
      return next;
    },
    seal() {
      burstAt = null;
    },
    canUndo: () => past.length > 0,
    canRedo: () => future.length > 0,
  };
}
