'use client';
import { useState } from 'react';
import { Link2 } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { ShareDialog } from './share-dialog';

/** The header's "Share" button with its dialog. */
export function ShareButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>
        <Link2 size={13} /> Share
      </Button>
      <ShareDialog open={open} onOpenChange={setOpen} />
    </>
  );
}
