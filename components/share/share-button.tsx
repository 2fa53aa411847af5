'use client';
import dynamic from 'next/dynamic';
import { Link2 } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { useLazyDialog } from '@/components/studio/use-lazy-dialog';

// The dialog (link encoder, fflate) is not part of the first route's JS: it loads on first open, or earlier when
// the pointer or focus reaches the button.
const load = () => import('./share-dialog');
const ShareDialog = dynamic(() => load().then((m) => m.ShareDialog), { ssr: false });

/** The header's "Share" button with its dialog. */
export function ShareButton() {
  const dialog = useLazyDialog(load);
  return (
    <>
      <Button {...dialog.trigger}>
        <Link2 size={13} /> Share
      </Button>
      {dialog.used ? <ShareDialog open={dialog.open} onOpenChange={dialog.setOpen} /> : null}
    </>
  );
}
