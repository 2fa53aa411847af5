import type { ReactNode } from 'react';

/** The thin title bar on top of each studio panel. */
export function PanelHeader({ title, children, id }: { title: string; children?: ReactNode; id?: string }) {
  return (
    <div className="flex h-8 shrink-0 items-center gap-2 border-b border-zinc-200 px-2 dark:border-zinc-800">
      <h2 id={id} className="text-[11px] font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">
        {title}
      </h2>
      <div className="ml-auto flex items-center gap-1">{children}</div>
    </div>
  );
}
