'use client';
import { useCallback, useEffect, useState } from 'react';
import type { WorkspaceStore } from '@/lib/workspace/store';
import { restoreWorkspace } from '@/lib/workspace/persistence';
import { browserStorage } from '@/components/studio/use-autosave';
import { decodeWorkspace, shareTokenFromHash, withoutShareToken } from '@/lib/share';

export type SharedLinkEvent = { kind: 'opened' } | { kind: 'rejected'; message: string } | { kind: 'unchanged' };

/** Drop the token from the address bar, so a reload does not open (or ask about) the link again. */
function clearToken() {
  const { pathname, search, hash } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}${withoutShareToken(hash)}`);
}

/**
 * Open a share link (`#w=…`) on load and whenever the fragment changes. A workspace that is empty, equal, or
 * never saved (the default example of a first visit) is replaced at once; a different one waits for
 * `confirm`/`cancel`. A damaged link changes nothing.
 */
export function useSharedLink(store: WorkspaceStore, onEvent: (e: SharedLinkEvent) => void) {
  const [pending, setPending] = useState<string | null>(null);

  const open = useCallback(
    (text: string) => {
      // One undo step: the previous workspace is one Ctrl+Z away.
      store.setText(text, 'import');
      store.setBaseline(text, 'import');
      onEvent({ kind: 'opened' });
    },
    [store, onEvent],
  );

  useEffect(() => {
    const read = () => {
      const token = shareTokenFromHash(window.location.hash);
      if (token === null) return;
      clearToken();
      const decoded = decodeWorkspace(token);
      if (!decoded.ok) return onEvent({ kind: 'rejected', message: decoded.message });
      const current = store.getState().text;
      if (current === decoded.text) return onEvent({ kind: 'unchanged' });
      if (current.trim() === '' || restoreWorkspace(browserStorage()) === null) return open(decoded.text);
      setPending(decoded.text);
    };
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, [store, onEvent, open]);

  return {
    pending,
    confirm: () => {
      if (pending !== null) open(pending);
      setPending(null);
    },
    cancel: () => setPending(null),
  };
}
