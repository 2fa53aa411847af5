'use client';
import { useState } from 'react';
import { Copy, Download } from 'lucide-react';
import { Button } from '@/components/ui/button';
import type { BuiltExport } from '@/lib/export/build';
import { zipFiles } from '@/lib/export/zip';
import { downloadFile } from './download';

/** Copy (clipboard) and Download (Blob) of the built export; reports what happened in a live region. */
export function ExportActions({ built, zip, disabled, onExported }: { built: BuiltExport; zip: boolean; disabled: boolean; onExported: (text: string) => void }) {
  const [status, setStatus] = useState('');
  const empty = built.text === '';

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(built.text);
      setStatus(zip ? 'Copied the files as one YAML stream.' : 'Copied to the clipboard.');
      onExported(built.text);
    } catch (e) {
      setStatus(`Could not copy: ${e instanceof Error ? e.message : String(e)}. Use Download instead.`);
    }
  };

  const download = () => {
    if (zip) downloadFile(built.fileName, zipFiles(built.files), 'application/zip');
    else downloadFile(built.fileName, built.text, 'application/yaml');
    setStatus(`Downloaded ${built.fileName}.`);
    onExported(built.text);
  };

  return (
    <div className="flex items-center gap-2">
      <span role="status" className="mr-auto text-xs text-zinc-600 dark:text-zinc-400">
        {empty ? 'Nothing to export in this scope.' : status}
      </span>
      <Button onClick={copy} disabled={disabled || empty}>
        <Copy size={13} /> Copy
      </Button>
      <Button variant="primary" onClick={download} disabled={disabled || empty}>
        <Download size={13} /> Download
      </Button>
    </div>
  );
}
