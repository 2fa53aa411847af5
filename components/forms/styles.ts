/** Tailwind classes shared by the form controls. */
export const inputClass =
  'h-7 w-full min-w-0 rounded border border-zinc-300 bg-white px-1.5 font-mono text-xs text-zinc-900 focus:border-sky-500 focus:outline-none disabled:bg-zinc-50 disabled:text-zinc-500 aria-[invalid=true]:border-red-500 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:disabled:bg-zinc-950';

export const iconButtonClass =
  'inline-flex h-6 w-6 shrink-0 items-center justify-center rounded text-zinc-500 dark:text-zinc-400 hover:bg-zinc-100 hover:text-zinc-800 disabled:pointer-events-none disabled:opacity-30 dark:hover:bg-zinc-800 dark:hover:text-zinc-200';

export const labelClass = 'text-[11px] font-medium text-zinc-600 dark:text-zinc-400';
