'use client';
import dynamic from 'next/dynamic';
import { useCallback, useState } from 'react';
import { FileDown } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { useEscapeCancels } from '@/components/studio/use-escape-cancels';

// The dialog (export builder, version conversion, zod model, `yaml`, Monaco previews) is not part of the first
// route's JS: it loads on first open, or earlier when the pointer or focus reaches the button.
const load = () => import('./export-dialog');
const ExportDialog = dynamic(() => load().then((m) => m.ExportDialog), { ssr: false });

/** The header's "Export" button with its dialog. */
export function ExportButton() {
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
        <FileDown size={13} /> Export
      </Button>
      {used ? <ExportDialog open={open} onOpenChange={setOpen} /> : null}
    </>
  );
}
