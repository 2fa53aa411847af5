import type { ApplyEdit } from '@/lib/workspace/store';

let loaded: ApplyEdit | null = null;

/**
 * The store's `applyEdit`, without importing the YAML editor (`yaml`) on the first route: `lib/yaml/edit` loads
 * with the form (see `lazy-form.tsx`), and only a form issues edits, so it is there before the first one.
 */
export const deferredApplyEdit: ApplyEdit = (text, edit) => (loaded ? loaded(text, edit) : { ok: false, message: 'the form editor is still loading; try again' });

/** Install the real `applyEdit` once its module has loaded. */
export function provideApplyEdit(applyEdit: ApplyEdit): void {
  loaded = applyEdit;
}
