'use client';
import { useId, useMemo, useState } from 'react';
import { Copy } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent } from '@/components/ui/dialog';
import { useWorkspace } from '@/components/studio/workspace-context';
import { encodeWorkspace, formatSize, MAX_FRAGMENT_LENGTH, shareUrl } from '@/lib/share';

/** Shows a link that carries the whole workspace in its fragment, or why the workspace is too large for one. */
export function ShareDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        title="Share link"
        description={`The workspace is compressed into the part of the link after “#”, which browsers never send to a server. Links are limited to ${formatSize(MAX_FRAGMENT_LENGTH)}.`}
      >
        {open ? <ShareLink /> : null}
      </DialogContent>
    </Dialog>
  );
}

function ShareLink() {
  const id = useId();
  const text = useWorkspace((s) => s.text);
  const encoded = useMemo(() => encodeWorkspace(text), [text]);
  const [status, setStatus] = useState('');
  if (!encoded.ok) {
    return (
      <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-2 text-xs text-amber-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-200">
        {encoded.message}
      </p>
    );
  }
  const url = shareUrl(window.location.href, encoded.token);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Link copied.');
    } catch (e) {
      setStatus(`Could not copy (${e instanceof Error ? e.message : String(e)}): select the link and copy it.`);
    }
  };
  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={`${id}-url`} className="text-xs font-medium">
        Link to this workspace
      </label>
      <input
        id={`${id}-url`}
        readOnly
        value={url}
        onFocus={(e) => e.target.select()}
        className="h-8 w-full rounded-md border border-zinc-300 bg-zinc-50 px-2 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-950"
      />
      <div className="flex items-center gap-2">
        <span role="status" className="mr-auto text-xs text-zinc-600 dark:text-zinc-400">
          {status || `${formatSize(encoded.fragmentLength)} of ${formatSize(MAX_FRAGMENT_LENGTH)}`}
        </span>
        <Button variant="primary" onClick={copy}>
          <Copy size={13} /> Copy link
        </Button>
      </div>
    </div>
  );
}
