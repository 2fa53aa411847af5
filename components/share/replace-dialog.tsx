'use client';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent } from '@/components/ui/dialog';

/** "Replace your workspace?" for a share link that carries a different workspace. */
export function ReplaceDialog({ onConfirm, onCancel }: { onConfirm: () => void; onCancel: () => void }) {
  return (
    <Dialog open onOpenChange={(o) => (o ? undefined : onCancel())}>
      <DialogContent title="Replace your workspace?" description="This link carries a workspace that differs from the one you are editing.">
        <p className="text-xs">Opening it replaces your current YAML. You can undo the replacement with Ctrl+Z.</p>
        <div className="flex justify-end gap-2">
          <Button onClick={onCancel}>Keep mine</Button>
          <Button variant="primary" onClick={onConfirm}>
            Replace
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
