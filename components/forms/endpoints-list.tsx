'use client';
import type { FieldDescriptor } from '@/lib/forms/descriptor';
import { fieldOf } from '@/lib/forms/descriptor';
import { docPath, removeItemEdit, valueAt } from '@/lib/forms/values';
import { AddButton } from './add-button';
import { FieldDiagnostics } from './field-diagnostics';
import { Field } from './field';
import { GroupLabel } from './field-row';
import { useForm } from './form-context';
import { ItemActions } from './item-actions';
import { ItemCard } from './list-field';
import { MapField } from './map-field';

const SCALARS = ['address', 'network', 'locality', 'weight', 'serviceAccount'] as const;

/** ServiceEntry endpoints: address and placement first, then the ports map (keyed by the SE's port names) and labels. */
export function EndpointsList({ field, value, portNames }: { field: FieldDescriptor; value: unknown; portNames: string[] }) {
  const { resource, readOnly, onEdit } = useForm();
  const path = ['spec', 'endpoints'];
  const items = Array.isArray(value) ? value : [];
  const item = field.item!;
  const shown = new Set<string>([...SCALARS, 'ports', 'labels']);
  const rest = (item.fields ?? []).filter((f) => !shown.has(f.key));
  return (
    <div role="group" aria-labelledby="se-endpoints-label" data-path="field-spec_endpoints">
      <GroupLabel id="se-endpoints-label" label="Endpoints" help={field.help} />
      <FieldDiagnostics path={path} />
      <ol className="space-y-1">
        {items.map((ep, i) => {
          const p = [...path, i];
          return (
            <li key={i}>
              <ItemCard field={item} path={p} value={ep} title={`Endpoint ${i + 1}`} body={<EndpointBody item={item} path={p} value={ep} portNames={portNames} rest={rest} />}>
                <ItemActions
                  name={`endpoint ${i + 1}`}
                  index={i}
                  length={items.length}
                  disabled={readOnly}
                  onMove={(to) => onEdit({ op: 'move', document: resource.document, path: docPath(resource, path), from: i, to })}
                  onRemove={() => onEdit(removeItemEdit(resource, path, i, items.length, false))}
                />
              </ItemCard>
            </li>
          );
        })}
      </ol>
      <AddButton label="Add endpoint" disabled={readOnly} onClick={() => onEdit({ op: 'insert', document: resource.document, path: docPath(resource, path), value: { address: '' } })} />
    </div>
  );
}

function EndpointBody({ item, path, value, portNames, rest }: { item: FieldDescriptor; path: (string | number)[]; value: unknown; portNames: string[]; rest: FieldDescriptor[] }) {
  return (
    <div>
      {SCALARS.map((k) => (
        <Field key={k} field={fieldOf(item, k)!} path={[...path, k]} value={valueAt(value, [k])} />
      ))}
      <MapField field={fieldOf(item, 'ports')!} path={[...path, 'ports']} value={valueAt(value, ['ports'])} keyHint={portNames[0] ?? 'http'} />
      <MapField field={fieldOf(item, 'labels')!} path={[...path, 'labels']} value={valueAt(value, ['labels'])} keyHint="app" />
      {rest.map((f) => (
        <Field key={f.key} field={f} path={[...path, f.key]} value={valueAt(value, [f.key])} />
      ))}
    </div>
  );
}
