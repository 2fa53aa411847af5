'use client';
import { ChevronRight } from 'lucide-react';
import { useState } from 'react';
import type { PathSegment } from '@/lib/core/diagnostic';
import { unknownKeys, type FieldDescriptor } from '@/lib/forms/descriptor';
import { diagnosticsUnder, valueAt } from '@/lib/forms/values';
import { CountBadge } from '@/components/ui/severity-icon';
import { Field } from './field';
import { FieldDiagnostics } from './field-diagnostics';
import { fieldId } from './field-id';
import { useForm } from './form-context';
import { HelpTip } from './help-tip';

const isSet = (v: unknown) => v !== undefined && v !== null && (typeof v !== 'object' || Object.keys(v).length > 0);

/**
 * The fields of an object, in model order; unknown keys are listed (kept unchanged by every edit).
 * With `all` false, unset optional fields wait in an "Add field" picker: Istio's messages have dozens of
 * options (an HTTP route has twenty) and showing them all buries the ones that are set.
 */
export function ObjectFields({ field, path, value, all = false }: { field: FieldDescriptor; path: PathSegment[]; value: unknown; all?: boolean }) {
  const { diagnostics, readOnly } = useForm();
  const [revealed, setRevealed] = useState<string[]>([]);
  const extra = unknownKeys(field, value);
  const fields = field.fields ?? [];
  const shown = (f: FieldDescriptor) =>
    all || f.required || valueAt(value, [f.key]) !== undefined || revealed.includes(f.key) || diagnosticsUnder(diagnostics, [...path, f.key]).length > 0;
  const hidden = fields.filter((f) => !shown(f));
  return (
    <div className="space-y-0.5">
      {field.exclusive?.map((g) => (
        <p key={g.join()} className="text-[11px] text-zinc-500 dark:text-zinc-400">
          Set at most one of: {g.join(', ')}.
        </p>
      ))}
      {fields.filter(shown).map((f) => (
        <Field key={f.key} field={f} path={[...path, f.key]} value={valueAt(value, [f.key])} />
      ))}
      {hidden.length > 0 ? (
        <select
          aria-label={`Add field to ${field.label}`}
          className="h-6 rounded border border-dashed border-zinc-300 bg-transparent px-1 text-[11px] text-zinc-600 dark:border-zinc-700 dark:text-zinc-400"
          value=""
          disabled={readOnly}
          onChange={(e) => e.target.value && setRevealed((r) => [...r, e.target.value])}
        >
          <option value="">+ Add field…</option>
          {hidden.map((f) => (
            <option key={f.key} value={f.key}>
              {f.label}
            </option>
          ))}
        </select>
      ) : null}
      {extra.length > 0 ? (
        <p className="text-[11px] text-amber-700 dark:text-amber-400">
          Not in the model, kept as written: {extra.join(', ')}
        </p>
      ) : null}
      {extra.map((k) => (
        <FieldDiagnostics key={k} path={[...path, k]} />
      ))}
    </div>
  );
}

/** A nested object as a collapsible group, open when it is set or has problems inside. */
export function ObjectField({ field, path, value }: { field: FieldDescriptor; path: PathSegment[]; value: unknown }) {
  const { diagnostics } = useForm();
  const under = diagnosticsUnder(diagnostics, path);
  const problems = under.length;
  const errors = under.some((d) => d.severity === 'error');
  // Closed groups render no fields: the model's full tree (VirtualService, DestinationRule) is thousands of fields.
  const [open, setOpen] = useState(isSet(value) || problems > 0);
  // NOTE: the help button sits beside the <summary>, not in it (controls nested in a summary: axe nested-interactive).
  return (
    <div className="relative">
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)} className="group rounded border border-zinc-200 dark:border-zinc-800" data-path={fieldId(path)}>
        <summary className="flex cursor-pointer list-none items-center gap-1 py-1 pr-7 pl-1.5 text-[11px] font-medium text-zinc-700 select-none dark:text-zinc-300">
          <ChevronRight size={12} className="transition-transform group-open:rotate-90" aria-hidden="true" />
          {field.label}
          {!isSet(value) ? <span className="font-normal text-zinc-500 dark:text-zinc-400">not set</span> : null}
          <CountBadge count={problems} severity={errors ? 'error' : 'warning'} />
        </summary>
        {open ? (
          <div className="border-t border-zinc-200 px-2 py-1 dark:border-zinc-800">
            <FieldDiagnostics path={path} />
            <ObjectFields field={field} path={path} value={value} />
          </div>
        ) : null}
      </details>
      <span className="absolute top-1 right-1.5 flex items-center">
        <HelpTip label={field.label} help={field.help} />
      </span>
    </div>
  );
}
