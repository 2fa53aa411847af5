import type { ReactNode } from 'react';

/** A titled group of fields in a form. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="border-b border-zinc-200 px-3 py-2 dark:border-zinc-800">
      <h3 className="mb-1 text-[11px] font-semibold tracking-wide text-zinc-500 dark:text-zinc-400 uppercase">{title}</h3>
      {children}
    </section>
  );
}
