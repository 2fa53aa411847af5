import type { AppendResult } from '@/lib/workspace/append';

let loaded: ((current: string, addition: string) => AppendResult) | null = null;

/** Load `appendDocuments` (it composes with `yaml`, which the first route does not ship); await before appending. */
export async function loadAppend(): Promise<void> {
  loaded ??= (await import('@/lib/workspace/append')).appendDocuments;
}

/** The store's `appendDocuments` once `loadAppend` has resolved; calling it earlier is a bug in the caller. */
export function deferredAppend(current: string, addition: string): AppendResult {
  if (!loaded) throw new Error('appendDocuments is not loaded yet: await loadAppend() before store.append');
  return loaded(current, addition);
}
