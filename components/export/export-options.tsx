'use client';
import { useId } from 'react';
import { API_VERSIONS } from '@/lib/core/resource';
import type { ExportFormat } from '@/lib/export/build';
import { namespaceProblem } from '@/lib/export/namespace';
import { ChoiceGroup } from './choice-group';
import type { ExportSettings } from './settings';

const FORMATS: readonly { value: ExportFormat; label: string }[] = [
  { value: 'yaml', label: 'Multi-document YAML' },
  { value: 'list', label: 'Kubernetes List' },
  { value: 'zip', label: 'Zip, one file per resource' },
];

/** Target version, output format and "Namespace for all". */
export function ExportOptions({ settings, onChange }: { settings: ExportSettings; onChange: (next: Partial<ExportSettings>) => void }) {
  const id = useId();
  const ns = settings.namespaceForAll.trim();
  const problem = ns ? namespaceProblem(ns) : undefined;
  return (
    <>
      <ChoiceGroup
        legend="API version"
        name="export-version"
        value={settings.apiVersion}
        options={API_VERSIONS.map((v) => ({ value: v, label: v }))}
        onChange={(apiVersion) => onChange({ apiVersion })}
      />
      <ChoiceGroup legend="Output" name="export-format" value={settings.format} options={FORMATS} onChange={(format) => onChange({ format })} />
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-ns`} className="text-xs font-semibold">
          Namespace for all
        </label>
        <input
          id={`${id}-ns`}
          value={settings.namespaceForAll}
          onChange={(e) => onChange({ namespaceForAll: e.target.value })}
          placeholder="keep as written"
          spellCheck={false}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-ns-error` : undefined}
          className="h-7 rounded border border-zinc-300 bg-white px-2 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-900"
        />
        {problem ? (
          <p id={`${id}-ns-error`} className="text-[11px] text-red-600 dark:text-red-400">
            {problem}
          </p>
        ) : null}
      </div>
    </>
  );
}
