'use client';
import { useCallback, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent } from '@/components/ui/dialog';
import { useWorkspaceStore } from '@/components/studio/workspace-context';
import { useSharedLink, type SharedLinkEvent } from './use-shared-link';

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
  return (
    <Dialog open={pending !== null} onOpenChange={(o) => (o ? undefined : cancel())}>
      <DialogContent title="Replace your workspace?" description="This link carries a workspace that differs from the one you are editing.">
        <p className="text-xs">Opening it replaces your current YAML. You can undo the replacement with Ctrl+Z.</p>
        <div className="flex justify-end gap-2">
          <Button onClick={cancel}>Keep mine</Button>
          <Button variant="primary" onClick={confirm}>
            Replace
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
