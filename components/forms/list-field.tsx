'use client';
import { ChevronRight } from 'lucide-react';
import type { ReactNode } from 'react';
import type { PathSegment } from '@/lib/core/diagnostic';
import type { FieldDescriptor } from '@/lib/forms/descriptor';
import { diagnosticsUnder, docPath, newValue, removeItemEdit, summarize } from '@/lib/forms/values';
import { CountBadge } from '@/components/ui/severity-icon';
import { AddButton } from './add-button';
import { FieldDiagnostics } from './field-diagnostics';
import { fieldId } from './field-id';
import { GroupLabel, singular } from './field-row';
import { useForm } from './form-context';
import { ItemActions } from './item-actions';
import { ObjectFields } from './object-field';
import { ScalarInput } from './scalar-input';
import { Field } from './field';

/** A list: rows with add, remove and reorder. Scalar items are inputs; object items are collapsible cards. */
export function ListField({ field, path, value, suggestions }: { field: FieldDescriptor; path: PathSegment[]; value: unknown; suggestions?: readonly string[] }) {
  const { resource, readOnly, onEdit } = useForm();
  const items = Array.isArray(value) ? value : [];
  const item = field.item!;
  const name = singular(field.label);
  const labelId = `${fieldId(path)}-label`;
  const move = (from: number, to: number) => onEdit({ op: 'move', document: resource.document, path: docPath(resource, path), from, to });
  const remove = (i: number) => onEdit(removeItemEdit(resource, path, i, items.length, field.required));
  const add = () => onEdit({ op: 'insert', document: resource.document, path: docPath(resource, path), value: newValue(item) });
  const scalar = item.kind !== 'object' && item.kind !== 'array' && item.kind !== 'map';

  return (
    <div role="group" aria-labelledby={labelId} className="py-0.5" data-path={fieldId(path)}>
      <GroupLabel id={labelId} label={field.label} help={field.help} required={field.required} />
      <FieldDiagnostics path={path} />
      {value !== undefined && !Array.isArray(value) ? <p className="text-[11px] text-amber-700">Not a list in the YAML; edit it there.</p> : null}
      <ol className="space-y-0.5">
        {items.map((v, i) => (
          <li key={i}>
            {scalar ? (
              <div className="flex items-center gap-1">
                <ScalarInput field={item} path={[...path, i]} value={v} ariaLabel={`${name} ${i + 1}`} suggestions={suggestions} />
                <ItemActions name={`${name} ${i + 1}`} index={i} length={items.length} disabled={readOnly} onMove={(to) => move(i, to)} onRemove={() => remove(i)} />
              </div>
            ) : (
              <ItemCard field={item} path={[...path, i]} value={v} title={`${name} ${i + 1}`}>
                <ItemActions name={`${name} ${i + 1}`} index={i} length={items.length} disabled={readOnly} onMove={(to) => move(i, to)} onRemove={() => remove(i)} />
              </ItemCard>
            )}
            {scalar ? <FieldDiagnostics path={[...path, i]} /> : null}
          </li>
        ))}
      </ol>
      <AddButton label={`Add ${name.toLowerCase()}`} disabled={readOnly} onClick={add} />
    </div>
  );
}

/** One object (or nested list/map) item of a list, collapsible, with a one-line summary. */
export function ItemCard({ field, path, value, title, children, body }: { field: FieldDescriptor; path: PathSegment[]; value: unknown; title: string; children?: ReactNode; body?: ReactNode }) {
  const { diagnostics } = useForm();
  const under = diagnosticsUnder(diagnostics, path);
  // NOTE: the item's buttons sit beside the <summary>, not in it: a summary is itself a control, and controls
  // nested in it are unreachable for screen readers (axe nested-interactive).
  return (
    <div className="relative">
      <details open className="group rounded border border-zinc-200 dark:border-zinc-800" data-path={fieldId(path)}>
        <summary className="flex min-h-7 cursor-pointer list-none items-center gap-1 py-0.5 pr-20 pl-1.5 text-[11px] select-none">
          <ChevronRight size={12} className="shrink-0 transition-transform group-open:rotate-90" aria-hidden="true" />
          <span className="font-medium text-zinc-700 dark:text-zinc-300">{title}</span>
          <span className="truncate font-mono text-zinc-500 dark:text-zinc-400">{summarize(value)}</span>
          <CountBadge count={under.length} severity={under.some((d) => d.severity === 'error') ? 'error' : 'warning'} />
        </summary>
        <div className="border-t border-zinc-200 px-2 py-1 dark:border-zinc-800">
          <FieldDiagnostics path={path} />
          {body ?? (field.kind === 'object' ? <ObjectFields field={field} path={path} value={value} /> : <Field field={{ ...field, label: title }} path={path} value={value} />)}
        </div>
      </details>
      <span className="absolute top-0.5 right-1.5 flex items-center">{children}</span>
    </div>
  );
}
