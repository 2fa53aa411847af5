import type { ImportPlan } from '@/lib/workspace/import-plan';
import { resourceLabel } from '@/lib/workspace/views';

/** What an import brings in and what it leaves out (and why), with lines in the imported text. */
export function ImportReport({ plan, done = false }: { plan: ImportPlan; done?: boolean }) {
  return (
    <div className="flex flex-col gap-2 text-xs">
      <div>
        <p className="font-medium">
          {done ? 'Imported' : 'Will import'} {plan.imported.length} resource{plan.imported.length === 1 ? '' : 's'}
        </p>
        {plan.imported.length > 0 ? (
          <ul className="mt-0.5 list-disc pl-5 font-mono text-[11px]" aria-label={done ? 'Imported resources' : 'Resources to import'}>
            {plan.imported.map((i, n) => (
              <li key={n}>
                {i.kind} {resourceLabel(i)}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {plan.skipped.length > 0 ? (
        <div>
          <p className="font-medium text-amber-700 dark:text-amber-400">
            {done ? 'Skipped' : 'Will skip'} {plan.skipped.length}
          </p>
          <ul className="mt-0.5 list-disc pl-5 text-[11px]" aria-label={done ? 'Skipped documents' : 'Documents to skip'}>
            {plan.skipped.map((s, n) => (
              <li key={n}>
                <span className="font-mono">{s.label}</span> (line {s.line}): {s.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
