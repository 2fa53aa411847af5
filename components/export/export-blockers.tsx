'use client';
import type { Diagnostic } from '@/lib/core/diagnostic';

const SHOWN = 8;

/** The errors that stop an export, and the "Export anyway" override. */
export function ExportBlockers({ errors, force, onForceChange }: { errors: readonly Diagnostic[]; force: boolean; onForceChange: (force: boolean) => void }) {
  if (errors.length === 0) return null;
  return (
    <div role="alert" aria-label="Export problems" className="rounded-md border border-red-300 bg-red-50 p-2 text-xs text-red-900 dark:border-red-900 dark:bg-red-950/40 dark:text-red-200">
      <p className="font-semibold">
        {errors.length} error{errors.length === 1 ? '' : 's'} in the exported resources: fix {errors.length === 1 ? 'it' : 'them'} first, or export anyway.
      </p>
      <ul className="mt-1 max-h-28 list-disc overflow-auto pl-5">
        {errors.slice(0, SHOWN).map((d, i) => (
          <li key={`${d.document}:${d.range.line}:${d.code}:${i}`}>
            line {d.range.line}: {d.message} <span className="text-red-700/70 dark:text-red-300/70">({d.code})</span>
          </li>
        ))}
        {errors.length > SHOWN ? <li>…and {errors.length - SHOWN} more (see the Problems panel)</li> : null}
      </ul>
      <label className="mt-2 flex items-center gap-2 font-medium">
        <input type="checkbox" checked={force} onChange={(e) => onForceChange(e.target.checked)} />
        Export anyway
      </label>
    </div>
  );
}
