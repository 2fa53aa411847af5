'use client';
import type { PathSegment } from '@/lib/core/diagnostic';
import { diagnosticsAt } from '@/lib/forms/values';
import { SeverityIcon } from '@/components/ui/severity-icon';
import { useForm } from './form-context';

/** The diagnostics addressed to exactly this field, under its control. */
export function FieldDiagnostics({ path, id }: { path: readonly PathSegment[]; id?: string }) {
  const { diagnostics } = useForm();
  const here = diagnosticsAt(diagnostics, path);
  if (here.length === 0) return null;
  return (
    <ul id={id} className="mt-0.5 space-y-0.5" data-testid="field-diagnostics">
      {here.map((d, i) => (
        <li key={i} className="flex items-start gap-1 text-[11px] leading-4 text-zinc-700 dark:text-zinc-300">
          <SeverityIcon severity={d.severity} size={12} />
          <span>
            {d.message} <span className="text-zinc-500 dark:text-zinc-400">{d.code}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
