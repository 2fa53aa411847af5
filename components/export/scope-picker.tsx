'use client';
import type { DocumentChoice } from '@/lib/export/scope';
import { ChoiceGroup } from './choice-group';
import type { ExportSettings, ScopeMode } from './settings';

const MODES: readonly { value: ScopeMode; label: string }[] = [
  { value: 'all', label: 'Whole workspace' },
  { value: 'selected', label: 'Selected resources' },
  { value: 'namespace', label: 'One namespace' },
];

/** Scope of the export: everything, a ticked list of documents, or the documents of one namespace. */
export function ScopePicker({
  settings,
  choices,
  namespaces,
  onChange,
}: {
  settings: ExportSettings;
  choices: readonly DocumentChoice[];
  namespaces: readonly string[];
  onChange: (next: Partial<ExportSettings>) => void;
}) {
  const selected = new Set(settings.selected);
  const toggle = (index: number, on: boolean) => onChange({ selected: choices.map((c) => c.index).filter((i) => (i === index ? on : selected.has(i))) });
  return (
    <ChoiceGroup legend="Scope" name="export-scope" value={settings.scopeMode} options={MODES} onChange={(scopeMode) => onChange({ scopeMode })}>
      {settings.scopeMode === 'selected' ? (
        <ul aria-label="Resources to export" className="mt-1 max-h-48 overflow-auto rounded border border-zinc-200 p-1 dark:border-zinc-800">
          {choices.map((c) => (
            <li key={c.index}>
              <label className="flex items-center gap-2 px-1 py-0.5 text-xs">
                <input type="checkbox" checked={selected.has(c.index)} onChange={(e) => toggle(c.index, e.target.checked)} />
                <span className="truncate">{c.label}</span>
                <span className="ml-auto text-[11px] text-zinc-500 dark:text-zinc-400">{c.namespace}</span>
              </label>
            </li>
          ))}
        </ul>
      ) : null}
      {settings.scopeMode === 'namespace' ? (
        <label className="mt-1 flex items-center gap-2 text-xs">
          Namespace
          <select
            className="h-7 rounded border border-zinc-300 bg-white px-1 text-xs dark:border-zinc-700 dark:bg-zinc-900"
            value={settings.scopeNamespace}
            onChange={(e) => onChange({ scopeNamespace: e.target.value })}
          >
            {namespaces.map((ns) => (
              <option key={ns} value={ns}>
                {ns}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </ChoiceGroup>
  );
}
