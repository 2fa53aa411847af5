'use client';
import type { ReactNode } from 'react';
import type { PathSegment } from '@/lib/core/diagnostic';
import { FieldDiagnostics } from './field-diagnostics';
import { fieldId } from './field-id';
import { HelpTip } from './help-tip';
import { labelClass } from './styles';

/** A labelled row: the field name (a real <label>), Istio's help, the control and the field's diagnostics. */
export function FieldRow({ label, help, required, path, children }: { label: string; help?: string; required?: boolean; path: PathSegment[]; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[minmax(6rem,9rem)_1fr] items-start gap-x-2 gap-y-0.5 py-0.5">
      <div className="flex min-h-7 items-center gap-1">
        <label htmlFor={fieldId(path)} className={labelClass}>
          {label}
          {required ? (
            <span aria-hidden="true" className="text-red-500">
              *
            </span>
          ) : null}
        </label>
        <HelpTip label={label} help={help} />
      </div>
      <div className="min-w-0">
        {children}
        <FieldDiagnostics path={path} />
      </div>
    </div>
  );
}

/** Heading of a group control (list, map): its id labels the group. */
export function GroupLabel({ id, label, help, required }: { id: string; label: string; help?: string; required?: boolean }) {
  return (
    <div className="flex min-h-7 items-center gap-1">
      <span id={id} className={labelClass}>
        {label}
      </span>
      {required ? (
        <span aria-hidden="true" className="text-[11px] text-red-500">
          *
        </span>
      ) : null}
      <HelpTip label={label} help={help} />
    </div>
  );
}

export function singular(label: string): string {
  if (/ies$/.test(label)) return label.replace(/ies$/, 'y');
  if (/(ss|x|z|ch|sh)es$/.test(label)) return label.replace(/es$/, '');
  if (/[^s]s$/.test(label)) return label.slice(0, -1);
  return label;
}
