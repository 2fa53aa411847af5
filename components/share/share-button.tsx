'use client';
import dynamic from 'next/dynamic';
import { useCallback, useState } from 'react';
import { Link2 } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { useEscapeCancels } from '@/components/studio/use-escape-cancels';

// The dialog (link encoder, fflate) is not part of the first route's JS: it loads on first open, or earlier when
// the pointer or focus reaches the button.
const load = () => import('./share-dialog');
const ShareDialog = dynamic(() => load().then((m) => m.ShareDialog), { ssr: false });

/** The header's "Share" button with its dialog. */
export function ShareButton() {
  const [open, setOpen] = useState(false);
  // Mounted from the first open on, so the dialog keeps its state, its closing animation and focus return.
  const [used, setUsed] = useState(false);
  const [loaded, setLoaded] = useState(false);
  useEscapeCancels(open && !loaded, useCallback(() => setOpen(false), []));
  return (
    <>
      <Button
        onPointerEnter={() => void load()}
        onFocus={() => void load()}
        onClick={() => {
          setUsed(true);
          setOpen(true);
          void load().then(() => setLoaded(true), () => setOpen(false));
        }}
      >
        <Link2 size={13} /> Share
      </Button>
      {used ? <ShareDialog open={open} onOpenChange={setOpen} /> : null}
    </>
  );
}
