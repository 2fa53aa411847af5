'use client';
import type { ReactNode } from 'react';
import { PanelHeader } from '@/components/ui/panel-header';
import { YamlEditorLazy } from '@/components/editor/yaml-editor-lazy';
import { FormPanel } from './form-panel';
import { GraphRegion } from './graph-region';
import { ProblemFilters, ProblemsPanel, useSeverityFilter } from './problems-panel';
import { ResourceList } from './resource-list';
import { useWorkspace } from './workspace-context';

/** A named landmark region with a header bar. */
function Region({ label, children, tools }: { label: string; children: ReactNode; tools?: ReactNode }) {
  return (
    <section aria-label={label} className="flex h-full min-h-0 flex-col bg-white dark:bg-zinc-950">
      <PanelHeader title={label}>{tools}</PanelHeader>
      {children}
    </section>
  );
}

export function ResourcesSection() {
  return (
    <Region label="Resources">
      <ResourceList />
    </Region>
  );
}

export function EditorSection() {
  const analysis = useWorkspace((s) => s.analysis);
  const current = useWorkspace((s) => s.analysisCurrent);
  return (
    <Region
      label="YAML editor"
      tools={
        <span className="text-[11px] text-zinc-500 dark:text-zinc-400 tabular-nums" aria-live="off">
          {analysis ? `${analysis.documentCount} document${analysis.documentCount === 1 ? '' : 's'} · ${current ? `checked in ${Math.max(1, Math.round(analysis.durationMs))} ms` : 'checking…'}` : 'checking…'}
        </span>
      }
    >
      <div className="min-h-0 flex-1">
        <YamlEditorLazy />
      </div>
    </Region>
  );
}

export function ProblemsSection() {
  const [filter, setFilter] = useSeverityFilter();
  const diagnostics = useWorkspace((s) => s.analysis?.diagnostics);
  return (
    <Region label="Problems" tools={<ProblemFilters filter={filter} onChange={setFilter} diagnostics={diagnostics ?? []} />}>
      <ProblemsPanel filter={filter} />
    </Region>
  );
}

export function FormSection() {
  return (
    <Region label="Form">
      <FormPanel />
    </Region>
  );
}

export function GraphSection() {
  return (
    <Region label="Graph">
      <GraphRegion />
    </Region>
  );
}
