'use client';
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { WorkspaceState, WorkspaceStore } from '@/lib/workspace/store';

const WorkspaceContext = createContext<WorkspaceStore | null>(null);

/** Provides the store of one mounted workspace to the panels below it. */
export function WorkspaceProvider({ store, children }: { store: WorkspaceStore; children: ReactNode }) {
  return <WorkspaceContext.Provider value={store}>{children}</WorkspaceContext.Provider>;
}

/** The workspace store of the nearest provider. */
export function useWorkspaceStore(): WorkspaceStore {
  const store = useContext(WorkspaceContext);
  if (!store) throw new Error('useWorkspaceStore must be used inside <WorkspaceProvider>');
  return store;
}

/** Subscribe to a slice of the workspace state; the selector must return a stable value (a state field). */
export function useWorkspace<T>(selector: (s: WorkspaceState) => T): T {
  const store = useWorkspaceStore();
  const get = () => selector(store.getState());
  return useSyncExternalStore(store.subscribe, get, get);
}
