'use client';
import type { PathSegment } from '@/lib/core/diagnostic';
import type { FieldDescriptor } from '@/lib/forms/descriptor';
import { FieldRow } from './field-row';
import { ListField } from './list-field';
import { MapField } from './map-field';
import { ObjectField } from './object-field';
import { ScalarInput } from './scalar-input';

/** One field of the model, with the control its kind calls for. */
export function Field({ field, path, value }: { field: FieldDescriptor; path: PathSegment[]; value: unknown }) {
  switch (field.kind) {
    case 'array':
      return <ListField field={field} path={path} value={value} />;
    case 'map':
      return <MapField field={field} path={path} value={value} />;
    case 'object':
      return <ObjectField field={field} path={path} value={value} />;
    case 'unknown':
      return (
        <FieldRow label={field.label} help={field.help} path={path}>
          <code className="text-[11px] text-zinc-500 dark:text-zinc-400">{value === undefined ? '— not set — (edit in YAML)' : JSON.stringify(value)}</code>
        </FieldRow>
      );
    default:
      return (
        <FieldRow label={field.label} help={field.help} required={field.required} path={path}>
          <ScalarInput field={field} path={path} value={value} />
        </FieldRow>
      );
  }
}
