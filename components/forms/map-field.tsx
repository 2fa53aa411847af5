'use client';
import { X } from 'lucide-react';
import type { PathSegment } from '@/lib/core/diagnostic';
import type { FieldDescriptor } from '@/lib/forms/descriptor';
import { docPath, fieldEdit, freshKey, newValue, renameKeyEdit } from '@/lib/forms/values';
import { AddButton } from './add-button';
import { FieldDiagnostics } from './field-diagnostics';
import { fieldId } from './field-id';
import { GroupLabel, singular } from './field-row';
import { useForm } from './form-context';
import { ObjectFields } from './object-field';
import { ScalarInput } from './scalar-input';
import { iconButtonClass, inputClass } from './styles';
import { useDraft } from './use-draft';

const asMap = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** A map as key/value rows (labels, selectors, endpoint ports). */
export function MapField({ field, path, value, keyHint = 'key' }: { field: FieldDescriptor; path: PathSegment[]; value: unknown; keyHint?: string }) {
  const { resource, readOnly, onEdit } = useForm();
  const map = asMap(value);
  const entries = Object.entries(map);
  const item = field.item!;
  const labelId = `${fieldId(path)}-label`;
  const remove = (k: string) =>
    onEdit(entries.length <= 1 && !field.required ? fieldEdit(resource, path, undefined, false) : { op: 'delete', document: resource.document, path: docPath(resource, [...path, k]) });
  const add = () => onEdit({ op: 'set', document: resource.document, path: docPath(resource, [...path, freshKey(map, keyHint)]), value: newValue(item) });

  return (
    <div role="group" aria-labelledby={labelId} className="py-0.5" data-path={fieldId(path)}>
      <GroupLabel id={labelId} label={field.label} help={field.help} required={field.required} />
      <FieldDiagnostics path={path} />
      <ul className="space-y-0.5">
        {entries.map(([k, v], i) => (
          <li key={k}>
            <div className="flex items-start gap-1">
              <KeyInput label={`${field.label} key ${i + 1}`} value={k} disabled={readOnly} onRename={(to) => {
                const e = renameKeyEdit(resource, path, map, k, to);
                if (e) onEdit(e);
              }} />
              <div className="min-w-0 flex-1">
                {item.kind === 'object' ? (
                  <ObjectFields field={item} path={[...path, k]} value={v} />
                ) : (
                  <ScalarInput field={item} path={[...path, k]} value={v} ariaLabel={`${field.label} value of ${k}`} />
                )}
              </div>
              <button type="button" className={iconButtonClass} aria-label={`Remove ${k} from ${field.label}`} disabled={readOnly} onClick={() => remove(k)}>
                <X size={12} />
              </button>
            </div>
            <FieldDiagnostics path={[...path, k]} />
          </li>
        ))}
      </ul>
      <AddButton label={`Add ${singular(field.label).toLowerCase()}`} disabled={readOnly} onClick={add} />
    </div>
  );
}

function KeyInput({ label, value, disabled, onRename }: { label: string; value: string; disabled: boolean; onRename: (to: string) => void }) {
  const [draft, setDraft] = useDraft(value);
  const save = () => (draft.trim() && draft !== value ? onRename(draft.trim()) : setDraft(value));
  return (
    <input
      aria-label={label}
      className={`${inputClass} max-w-[45%]`}
      value={draft}
      disabled={disabled}
      spellCheck={false}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={save}
      onKeyDown={(e) => e.key === 'Enter' && save()}
    />
  );
}
