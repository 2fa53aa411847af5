'use client';
import dynamic from 'next/dynamic';
import { FileDown } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { useLazyDialog } from '@/components/studio/use-lazy-dialog';

// The dialog (export builder, version conversion, zod model, `yaml`, Monaco previews) is not part of the first
// route's JS: it loads on first open, or earlier when the pointer or focus reaches the button.
const load = () => import('./export-dialog');
const ExportDialog = dynamic(() => load().then((m) => m.ExportDialog), { ssr: false });

/** The header's "Export" button with its dialog. */
export function ExportButton() {
  const dialog = useLazyDialog(load);
  return (
    <>
      <Button {...dialog.trigger}>
        <FileDown size={13} /> Export
      </Button>
      {dialog.used ? <ExportDialog open={dialog.open} onOpenChange={dialog.setOpen} /> : null}
    </>
  );
}
