'use client';
import { X } from 'lucide-react';
import type { ReactNode } from 'react';

/** A dismissible line under the header (import results, unknown example…). */
export function NoticeBar({ children, onDismiss }: { children: ReactNode; onDismiss: () => void }) {
  return (
    <div role="status" className="flex items-start gap-2 border-b border-sky-200 bg-sky-50 px-3 py-1.5 text-xs text-sky-950 dark:border-sky-900 dark:bg-sky-950/60 dark:text-sky-100">
      <div className="max-h-32 min-w-0 flex-1 overflow-auto">{children}</div>
      <button type="button" aria-label="Dismiss" onClick={onDismiss} className="rounded p-0.5 hover:bg-sky-100 dark:hover:bg-sky-900">
        <X size={12} />
      </button>
    </div>
  );
}
