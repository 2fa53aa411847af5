'use client';
import { Group, Panel, Separator } from 'react-resizable-panels';
import { EditorSection, FormSection, GraphSection, ProblemsSection, ResourcesSection } from './panels';

function Handle({ vertical = false }: { vertical?: boolean }) {
  return (
    <Separator
      className={
        vertical
          ? 'h-px bg-zinc-200 outline-none hover:bg-sky-500 data-[separator=active]:bg-sky-500 dark:bg-zinc-800'
          : 'w-px bg-zinc-200 outline-none hover:bg-sky-500 data-[separator=active]:bg-sky-500 dark:bg-zinc-800'
      }
    />
  );
}

/** Resources | editor over problems | form over graph; every split is resizable (works from 1280×720 up). */
export function StudioLayout() {
  return (
    <Group orientation="horizontal" className="min-h-0 flex-1" id="studio-columns">
      <Panel id="resources" defaultSize="17%" minSize="150px">
        <ResourcesSection />
      </Panel>
      <Handle />
      <Panel id="center" defaultSize="45%" minSize="320px">
        <Group orientation="vertical" id="studio-center">
          <Panel id="editor" defaultSize="68%" minSize="160px">
            <EditorSection />
          </Panel>
          <Handle vertical />
          <Panel id="problems" defaultSize="32%" minSize="80px">
            <ProblemsSection />
          </Panel>
        </Group>
      </Panel>
      <Handle />
      <Panel id="side" defaultSize="38%" minSize="280px">
        <Group orientation="vertical" id="studio-side">
          <Panel id="form" defaultSize="55%" minSize="120px">
            <FormSection />
          </Panel>
          <Handle vertical />
          <Panel id="graph" defaultSize="45%" minSize="120px">
            <GraphSection />
          </Panel>
        </Group>
      </Panel>
    </Group>
  );
}
