/** The workspace store (store-core.ts) with `appendDocuments` built in: what every caller but the studio uses. */
import { appendDocuments } from './append';
import { createStoreCore, type StoreOptions, type WorkspaceStore } from './store-core';

export type { ApplyEdit, Baseline, StoreOptions, WorkspaceState, WorkspaceStore } from './store-core';

/** Create one store per mounted workspace (never a module singleton). */
export function createWorkspaceStore(initialText: string, options: StoreOptions = {}): WorkspaceStore {
  return createStoreCore(initialText, { appendDocuments, ...options });
}
