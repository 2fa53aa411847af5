'use client';
import type { ReactNode } from 'react';

/** A fieldset of radio buttons: native inputs, so keyboard and screen readers work as everywhere else. */
export function ChoiceGroup<T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
  children,
}: {
  legend: string;
  name: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  children?: ReactNode;
}) {
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 text-xs font-semibold">{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="flex items-center gap-2 text-xs">
          <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
          {o.label}
        </label>
      ))}
      {children}
    </fieldset>
  );
}
