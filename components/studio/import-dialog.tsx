'use client';
import { useDeferredValue, useId, useMemo, useState, type ChangeEvent } from 'react';
import { Upload } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent } from '@/components/ui/dialog';
import { MAX_IMPORT_CHARS, planImport, type ImportPlan } from '@/lib/workspace/import-plan';
import { decodeUpload } from '@/lib/workspace/upload';
import { ImportReport } from './import-report';

/**
 * Read dropped or chosen files as one multi-document text. A file that is not UTF-8 text is not read: a comment
 * in its place says so (File.text() would have turned its bytes into U+FFFD silently).
 */
export async function readFiles(files: FileList | File[]): Promise<string> {
  const texts = await Promise.all(
    Array.from(files).map(async (f) => {
      // NOTE: the import plans at most MAX_IMPORT_CHARS anyway; a huge file is not even read into memory.
      const d = f.size > 4 * MAX_IMPORT_CHARS ? { ok: false as const, reason: 'the file is too large to import here' } : decodeUpload(new Uint8Array(await f.arrayBuffer()));
      return d.ok ? d.text : `# ${f.name.replace(/[\r\n]/g, ' ')} was not imported: ${d.reason}`;
    }),
  );
  return texts.map((t) => t.trimEnd()).filter(Boolean).join('\n---\n');
}

/**
 * Paste, upload or drop YAML; shows what will be imported and skipped before anything is appended.
 * The workspace is only ever appended to.
 */
export function ImportDialog({
  open,
  onOpenChange,
  text,
  onTextChange,
  onImport,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  text: string;
  onTextChange: (text: string) => void;
  onImport: (plan: ImportPlan) => void;
}) {
  const id = useId();
  const deferred = useDeferredValue(text);
  const plan = useMemo(() => planImport(deferred), [deferred]);
  const [reading, setReading] = useState(false);

  const onFiles = async (e: ChangeEvent<HTMLInputElement>) => {
    const files = e.target.files;
    if (!files || files.length === 0) return;
    setReading(true);
    try {
      const read = await readFiles(files);
      onTextChange(text.trim() ? `${text.trimEnd()}\n---\n${read}` : read);
    } finally {
      setReading(false);
      e.target.value = '';
    }
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title="Import YAML" description="Paste, upload or drop Kubernetes YAML. Istio networking resources are appended to the workspace; nothing in it is replaced.">
        <label htmlFor={`${id}-text`} className="text-xs font-medium">
          YAML to import
        </label>
        <textarea
          id={`${id}-text`}
          value={text}
          onChange={(e) => onTextChange(e.target.value)}
          spellCheck={false}
          className="h-56 w-full resize-y rounded-md border border-zinc-300 bg-zinc-50 p-2 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-950"
          placeholder={'apiVersion: networking.istio.io/v1\nkind: ServiceEntry\n…'}
        />
        <div className="flex items-center gap-2">
          <label className="inline-flex h-7 cursor-pointer items-center gap-1.5 rounded-md border border-zinc-300 px-2 text-xs font-medium hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-zinc-800">
            <Upload size={13} /> Upload files
            <input type="file" accept=".yaml,.yml,.json,text/yaml,application/yaml" multiple className="sr-only" onChange={onFiles} />
          </label>
          {reading ? <span className="text-xs text-zinc-500 dark:text-zinc-400">Reading…</span> : null}
        </div>
        {text.trim() ? (
          <div className="max-h-48 overflow-auto rounded-md border border-zinc-200 p-2 dark:border-zinc-800" aria-live="polite">
            <ImportReport plan={plan} />
          </div>
        ) : null}
        <div className="flex justify-end gap-2">
          <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button variant="primary" disabled={plan.imported.length === 0 || deferred !== text} onClick={() => onImport(plan)}>
            Import
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
