'use client';
import { useCallback, useEffect, useState } from 'react';
import type { WorkspaceStore } from '@/lib/workspace/store';
import { restoreWorkspace } from '@/lib/workspace/persistence';
import { browserStorage } from '@/components/studio/use-autosave';
import { shareTokenFromHash, withoutShareToken } from '@/lib/share/fragment';

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
    const read = async () => {
      const token = shareTokenFromHash(window.location.hash);
      if (token === null) return;
      clearToken();
      // The decoder (fflate) loads only when a link carries a workspace: it is not part of the first route's JS.
      const decoded = await import('@/lib/share/codec').then(
        (m) => m.decodeWorkspace(token),
        () => ({ ok: false as const, message: 'The link decoder could not be loaded (is the connection down?).' }),
      );
      if (!decoded.ok) return onEvent({ kind: 'rejected', message: decoded.message });
      const current = store.getState().text;
      if (current === decoded.text) return onEvent({ kind: 'unchanged' });
      if (current.trim() === '' || restoreWorkspace(browserStorage()) === null) return open(decoded.text);
      setPending(decoded.text);
    };
    const onHash = () => void read();
    onHash();
    window.addEventListener('hashchange', onHash);
    // NOTE: a decode in flight still opens its link after a re-run: the token has left the address bar by then.
    return () => window.removeEventListener('hashchange', onHash);
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
