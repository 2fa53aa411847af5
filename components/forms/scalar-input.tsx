'use client';
import { useState } from 'react';
import type { PathSegment } from '@/lib/core/diagnostic';
import type { FieldDescriptor } from '@/lib/forms/descriptor';
import { fieldEdit, parseNumber } from '@/lib/forms/values';
import { useForm } from './form-context';
import { fieldId } from './field-id';
import { inputClass } from './styles';
import { useDraft } from './use-draft';

export interface ScalarInputProps {
  field: FieldDescriptor;
  /** Path relative to the resource (`['spec','resolution']`). */
  path: PathSegment[];
  value: unknown;
  /** Accessible name; the visible label elsewhere points at the control's id. */
  ariaLabel?: string;
  /** Suggestions for free-text fields (e.g. protocols). */
  suggestions?: readonly string[];
  className?: string;
}

const shown = (v: unknown) => (v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** The control of one scalar field: select for enums and booleans, text for strings and numbers (committed on blur or Enter). */
export function ScalarInput({ field, path, value, ariaLabel, suggestions, className }: ScalarInputProps) {
  const { resource, readOnly, onEdit } = useForm();
  const id = fieldId(path);
  const commit = (v: unknown) => onEdit(fieldEdit(resource, path, v, field.required));
  const common = { id, 'aria-label': ariaLabel, disabled: readOnly, 'data-path': id, className: className ?? inputClass };

  if (field.kind === 'enum' || field.kind === 'boolean') {
    const options = field.kind === 'boolean' ? ['true', 'false'] : (field.options ?? []);
    const current = shown(value);
    const unknown = current !== '' && !options.includes(current);
    return (
      <select {...common} value={current} onChange={(e) => commit(field.kind === 'boolean' ? (e.target.value === '' ? undefined : e.target.value === 'true') : e.target.value || undefined)}>
        {!field.required || current === '' ? <option value="">{field.required ? 'choose…' : '— not set —'}</option> : null}
        {unknown ? <option value={current}>{current} (unknown)</option> : null}
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    );
  }
  return <TextInput {...{ field, value, commit, common, suggestions, id }} />;
}

function TextInput({
  field,
  value,
  commit,
  common,
  suggestions,
  id,
}: {
  field: FieldDescriptor;
  value: unknown;
  commit: (v: unknown) => void;
  common: Record<string, unknown>;
  suggestions?: readonly string[];
  id: string;
}) {
  const committed = shown(value);
  const [draft, setDraft] = useDraft(committed);
  const [error, setError] = useState<string>();
  const isNumber = field.kind === 'number';
  const save = () => {
    if (draft === committed) return;
    if (isNumber) {
      const n = parseNumber(draft, field.integer ?? false);
      if (!n.ok) return setError(n.message);
      setError(undefined);
      return commit(n.value);
    }
    commit(draft);
  };
  return (
    <>
      <input
        {...common}
        type="text"
        inputMode={isNumber ? 'numeric' : undefined}
        spellCheck={false}
        autoComplete="off"
        value={draft}
        placeholder={field.required ? 'required' : undefined}
        aria-invalid={error ? true : undefined}
        title={error}
        list={suggestions ? `${id}-list` : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter') save();
          if (e.key === 'Escape') {
            setDraft(committed);
            setError(undefined);
          }
        }}
      />
      {suggestions ? (
        <datalist id={`${id}-list`}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      ) : null}
      {error ? <span className="text-[11px] text-red-600" role="alert">{error}</span> : null}
    </>
  );
}
