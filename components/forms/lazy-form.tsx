'use client';
import dynamic from 'next/dynamic';
import { provideApplyEdit } from './deferred-edit';

/** A calm placeholder of the form's height while the form code loads: the panel never flashes empty. */
function LoadingForm() {
  return (
    <p role="status" className="p-3 text-xs text-zinc-500 dark:text-zinc-400">
      Loading form…
    </p>
  );
}

/**
 * The resource form, loaded in the browser when a resource is first selected: its field descriptors, the zod
 * model and the YAML editor (`lib/yaml/edit`) are not part of the first route's JS.
 */
export const ResourceFormLazy = dynamic(
  () =>
    Promise.all([import('./resource-form'), import('@/lib/yaml/edit')]).then(([form, edit]) => {
      provideApplyEdit(edit.applyEdit);
      return form.ResourceForm;
    }),
  { ssr: false, loading: LoadingForm },
);
