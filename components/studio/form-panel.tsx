'use client';
import { Lock } from 'lucide-react';
import { describeRef } from '@/lib/workspace/views';
import { refOf } from '@/lib/core/resource';
import { useWorkspace } from './workspace-context';
import { selectedResource } from './selected-resource';

/** The form of the selected resource; read-only with the last good model while the YAML has a syntax error. */
export function FormPanel() {
  const analysis = useWorkspace((s) => s.analysis);
  const lastGood = useWorkspace((s) => s.lastGood);
  const selection = useWorkspace((s) => s.selection);
  const resource = selectedResource({ analysis, lastGood, selection });
  const readOnly = analysis?.yamlBroken ?? false;

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      {readOnly ? (
        <p role="status" className="flex items-center gap-1.5 border-b border-amber-300 bg-amber-50 px-2 py-1 text-xs text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200">
          <Lock size={12} /> Read-only: the YAML has a syntax error. Showing the last valid model; fix the YAML to edit here.
        </p>
      ) : null}
      {resource ? (
        <div className="p-3 text-xs text-zinc-600 dark:text-zinc-400">
          <p className="font-mono text-zinc-900 dark:text-zinc-100">{describeRef(refOf(resource))}</p>
          <p className="mt-1">The form editor is not part of this build yet; edit this resource in the YAML editor.</p>
        </div>
      ) : (
        <p className="p-3 text-xs text-zinc-500">Form: select a resource.</p>
      )}
    </div>
  );
}
