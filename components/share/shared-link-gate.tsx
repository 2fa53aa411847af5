'use client';
import dynamic from 'next/dynamic';
import { useCallback, type ReactNode } from 'react';
import { useWorkspaceStore } from '@/components/studio/workspace-context';
import { useSharedLink, type SharedLinkEvent } from './use-shared-link';

// The question (a Radix dialog) loads only when a link asks it: it is not part of the first route's JS.
const ReplaceDialog = dynamic(() => import('./replace-dialog').then((m) => m.ReplaceDialog), { ssr: false });

/** Opens share links; asks before a shared workspace replaces a different, non-empty one. */
export function SharedLinkGate({ onNotice }: { onNotice: (notice: ReactNode) => void }) {
  const store = useWorkspaceStore();
  const onEvent = useCallback(
    (e: SharedLinkEvent) => {
      if (e.kind === 'opened') onNotice('Opened the shared workspace. Undo (Ctrl+Z) brings yours back.');
      else if (e.kind === 'unchanged') onNotice('The shared workspace is the one you already have.');
      else onNotice(<>Share link not opened: {e.message} Your workspace is unchanged.</>);
    },
    [onNotice],
  );
  const { pending, confirm, cancel } = useSharedLink(store, onEvent);
  return pending !== null ? <ReplaceDialog onConfirm={confirm} onCancel={cancel} /> : null;
}
