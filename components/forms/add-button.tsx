'use client';
import { Plus } from 'lucide-react';

/** "Add …" under a list or map. */
export function AddButton({ label, disabled, onClick }: { label: string; disabled: boolean; onClick: () => void }) {
  return (
    <button
      type="button"
      disabled={disabled}
      onClick={onClick}
      className="mt-0.5 inline-flex h-6 items-center gap-1 rounded px-1.5 text-[11px] text-sky-700 hover:bg-sky-50 disabled:pointer-events-none disabled:opacity-40 dark:text-sky-400 dark:hover:bg-sky-950"
    >
      <Plus size={12} aria-hidden="true" /> {label}
    </button>
  );
}
