'use client';
import { Lock } from 'lucide-react';
import { useCallback, useMemo, useState } from 'react';
import { ResourceFormLazy } from '@/components/forms/lazy-form';
import type { FormEdit } from '@/lib/yaml/edit';
import { useWorkspace, useWorkspaceStore } from './workspace-context';
import { selectedResource } from './selected-resource';

/** The form of the selected resource; read-only with the last good model while the YAML has a syntax error. */
export function FormPanel() {
  const store = useWorkspaceStore();
  const analysis = useWorkspace((s) => s.analysis);
  const lastGood = useWorkspace((s) => s.lastGood);
  const selection = useWorkspace((s) => s.selection);
  const resource = selectedResource({ analysis, lastGood, selection });
  const readOnly = analysis?.yamlBroken ?? false;
  const [failure, setFailure] = useState<string | null>(null);

  const diagnostics = useMemo(
    () =>
      resource
        ? (analysis?.diagnostics ?? []).filter(
            (d) => d.document === resource.document && (!d.resource || (d.resource.kind === resource.kind && d.resource.name === resource.name && d.resource.namespace === resource.namespace)),
          )
        : [],
    [analysis, resource],
  );

  const onEdit = useCallback(
    (edit: FormEdit) => {
      const r = store.applyFormEdit(edit);
      setFailure(r.ok ? null : r.message);
    },
    [store],
  );

  if (!resource) {
    return (
      <div className="flex min-h-0 flex-1 flex-col">
        {readOnly ? (
          <p role="status" className="flex items-center gap-1.5 border-b border-amber-300 bg-amber-50 px-2 py-1 text-xs text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200">
            <Lock size={12} /> The YAML has a syntax error: forms are read-only until it parses again.
          </p>
        ) : null}
        <p className="p-3 text-xs text-zinc-500 dark:text-zinc-400">Form: select a resource.</p>
      </div>
    );
  }
  return (
    <div className="min-h-0 flex-1 overflow-auto">
      {failure ? (
        <p role="alert" className="border-b border-red-300 bg-red-50 px-3 py-1 text-xs text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200">
          Edit not applied: {failure}
        </p>
      ) : null}
      <ResourceFormLazy
        key={`${resource.document}:${resource.basePath.join('.')}`}
        resource={resource}
        diagnostics={diagnostics}
        readOnly={readOnly}
        onEdit={onEdit}
        {...(selection?.path ? { focusPath: selection.path } : {})}
      />
    </div>
  );
}
