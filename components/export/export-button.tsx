'use client';
import { useState } from 'react';
import { FileDown } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { ExportDialog } from './export-dialog';

/** The header's "Export" button with its dialog. */
export function ExportButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>
        <FileDown size={13} /> Export
      </Button>
      <ExportDialog open={open} onOpenChange={setOpen} />
    </>
  );
}
