'use client';
import { useEffect, useState } from 'react';
import { createAutosaver, type KeyValueStorage, type SaveStatus } from '@/lib/workspace/persistence';
import type { WorkspaceStore } from '@/lib/workspace/store';

/** localStorage, or null where the browser refuses it (privacy modes, sandboxed frames). */
export function browserStorage(): KeyValueStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** Save the workspace text shortly after each change, and on page hide; returns the last save status. */
export function useAutosave(store: WorkspaceStore): SaveStatus {
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  useEffect(() => {
    const saver = createAutosaver(browserStorage(), setStatus, 400);
    let text = store.getState().text;
    const unsubscribe = store.subscribe(() => {
      const next = store.getState().text;
      if (next === text) return;
      text = next;
      saver.schedule(next);
    });
    const flush = () => saver.flush();
    window.addEventListener('pagehide', flush);
    return () => {
      unsubscribe();
      window.removeEventListener('pagehide', flush);
      saver.flush();
      saver.dispose();
    };
  }, [store]);
  return status;
}
