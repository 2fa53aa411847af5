'use client';
import { useEffect, useRef, useState } from 'react';
import { createAutosaver, isWorkspaceKey, type Autosaver, type KeyValueStorage, type SaveStatus } from '@/lib/workspace/persistence';
import type { WorkspaceStore } from '@/lib/workspace/store';

/** localStorage, or null where the browser refuses it (privacy modes, sandboxed frames). */
export function browserStorage(): KeyValueStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** The save status, with the two ways out of a conflict with another tab. */
export type StudioSaveStatus = Exclude<SaveStatus, { state: 'conflict' }> | (Extract<SaveStatus, { state: 'conflict' }> & { keepMine: () => void; loadTheirs: () => void });

/** Save the workspace text shortly after each change, and on page hide; returns the last save status. */
export function useAutosave(store: WorkspaceStore): StudioSaveStatus {
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const saverRef = useRef<Autosaver | null>(null);
  useEffect(() => {
    const saver = createAutosaver(browserStorage(), setStatus, 400);
    saverRef.current = saver;
    let text = store.getState().text;
    const unsubscribe = store.subscribe(() => {
      const next = store.getState().text;
      if (next === text) return;
      text = next;
      saver.schedule(next);
    });
    const flush = () => saver.flush();
    // Another tab saved the same workspace: say so at once rather than at this tab's next save.
    const onStorage = (e: StorageEvent) => {
      if (isWorkspaceKey(e.key)) saver.checkExternal();
    };
    window.addEventListener('pagehide', flush);
    window.addEventListener('storage', onStorage);
    return () => {
      unsubscribe();
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('storage', onStorage);
      saver.flush();
      saver.dispose();
      saverRef.current = null;
    };
  }, [store]);
  if (status.state !== 'conflict') return status;
  return {
    ...status,
    keepMine: () => saverRef.current?.keepMine(store.getState().text),
    loadTheirs: () => {
      const theirs = saverRef.current?.takeTheirs();
      if (typeof theirs === 'string') store.setText(theirs, 'restore');
    },
  };
}
