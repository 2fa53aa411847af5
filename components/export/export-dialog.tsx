'use client';
import { useDeferredValue, useMemo, useState } from 'react';
import * as Tabs from '@radix-ui/react-tabs';
import { Dialog, DialogContent } from '@/components/ui/dialog';
import { useWorkspace, useWorkspaceStore } from '@/components/studio/workspace-context';
import { buildExport } from '@/lib/export/build';
import { defaultExportVersion } from '@/lib/export/default-version';
import { documentChoices, scopeFilter, workspaceNamespaces } from '@/lib/export/scope';
import { parseWorkspace } from '@/lib/yaml/parse';
import { ChangesView } from './changes-view';
import { CompareVersions } from './compare-versions';
import { ExportActions } from './export-actions';
import { blockingErrors } from './blocking-errors';
import { ExportBlockers } from './export-blockers';
import { ExportOptions } from './export-options';
import { ReadonlyYamlLazy } from './lazy';
import { ScopePicker } from './scope-picker';
import { buildOptionsOf, scopeOf, type ExportSettings } from './settings';

const tab = 'rounded px-2 py-1 text-xs font-medium text-zinc-600 data-[state=active]:bg-zinc-100 data-[state=active]:text-zinc-900 dark:text-zinc-400 dark:data-[state=active]:bg-zinc-800 dark:data-[state=active]:text-zinc-100';

/** The export dialog: version, scope, format, namespace; preview, version comparison, changes; copy and download. */
export function ExportDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title="Export" description="kubectl-ready YAML in the Istio API version you choose; comments, key order and unknown fields are kept." className="h-[90vh] max-h-[90vh] w-[min(1280px,96vw)]">
        {open ? <ExportPanel /> : null}
      </DialogContent>
    </Dialog>
  );
}

function ExportPanel() {
  const store = useWorkspaceStore();
  const text = useWorkspace((s) => s.text);
  const analysis = useWorkspace((s) => s.analysis);
  const workspace = useMemo(() => parseWorkspace(text), [text]);
  const choices = useMemo(() => documentChoices(workspace), [workspace]);
  const namespaces = useMemo(() => workspaceNamespaces(workspace), [workspace]);
  const [settings, setSettings] = useState<ExportSettings>(() => ({
    apiVersion: defaultExportVersion(workspace.resources),
    format: 'yaml',
    scopeMode: 'all',
    selected: choices.map((c) => c.index),
    scopeNamespace: namespaces[0] ?? 'default',
    namespaceForAll: '',
  }));
  const [force, setForce] = useState(false);
  const namespaceForAll = useDeferredValue(settings.namespaceForAll);
  const options = useMemo(() => buildOptionsOf(settings, namespaceForAll), [settings, namespaceForAll]);
  const built = useMemo(() => buildExport(text, options), [text, options]);
  const keep = useMemo(() => scopeFilter(workspace, scopeOf(settings)), [workspace, settings]);
  const errors = useMemo(() => blockingErrors(analysis?.diagnostics ?? null, built.diagnostics, keep), [analysis, built, keep]);
  // A bad "Namespace for all" is never exported, even with "Export anyway": the user asked for that namespace.
  const badNamespace = built.diagnostics.some((d) => d.code === 'EXP003');
  const update = (next: Partial<ExportSettings>) => setSettings((s) => ({ ...s, ...next }));

  return (
    <div className="flex min-h-0 flex-1 gap-4">
      <form className="flex w-64 shrink-0 flex-col gap-4 overflow-auto pr-1" aria-label="Export options" onSubmit={(e) => e.preventDefault()}>
        <ExportOptions settings={settings} onChange={update} />
        <ScopePicker settings={settings} choices={choices} namespaces={namespaces} onChange={update} />
      </form>
      <div className="flex min-w-0 flex-1 flex-col gap-2">
        <Tabs.Root defaultValue="preview" className="flex min-h-0 flex-1 flex-col gap-2">
          <Tabs.List aria-label="Export views" className="flex gap-1">
            <Tabs.Trigger value="preview" className={tab}>
              Preview
            </Tabs.Trigger>
            <Tabs.Trigger value="compare" className={tab}>
              Compare versions
            </Tabs.Trigger>
            <Tabs.Trigger value="changes" className={tab}>
              Changes
            </Tabs.Trigger>
          </Tabs.List>
          <Tabs.Content value="preview" className="min-h-0 flex-1">
            <section aria-label="Export preview" className="h-full rounded border border-zinc-200 dark:border-zinc-800">
              <ReadonlyYamlLazy value={built.text} label="Export preview" />
            </section>
          </Tabs.Content>
          <Tabs.Content value="compare" className="min-h-0 flex-1">
            <CompareVersions text={text} options={options} />
          </Tabs.Content>
          <Tabs.Content value="changes" className="min-h-0 flex-1">
            <ChangesView />
          </Tabs.Content>
        </Tabs.Root>
        <ExportBlockers errors={errors} force={force} onForceChange={setForce} />
        <ExportActions
          built={built}
          zip={settings.format === 'zip'}
          disabled={badNamespace || (errors.length > 0 && !force) || namespaceForAll !== settings.namespaceForAll}
          // The Changes diff compares YAML with YAML: after a List or zip export, its multi-document form is the baseline.
          onExported={(t) => store.setBaseline(settings.format === 'yaml' ? t : buildExport(text, { ...options, format: 'yaml' }).text, 'export')}
        />
      </div>
    </div>
  );
}
