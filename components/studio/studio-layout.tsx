'use client';
import { Panel, PanelGroup, PanelResizeHandle } from 'react-resizable-panels';
import { EditorSection, FormSection, GraphSection, ProblemsSection, ResourcesSection } from './panels';

function Handle({ vertical = false }: { vertical?: boolean }) {
  return (
    <PanelResizeHandle
      className={
        vertical
          ? 'h-px bg-zinc-200 outline-none hover:bg-sky-500 data-[resize-handle-state=drag]:bg-sky-500 dark:bg-zinc-800'
          : 'w-px bg-zinc-200 outline-none hover:bg-sky-500 data-[resize-handle-state=drag]:bg-sky-500 dark:bg-zinc-800'
      }
    />
  );
}

/**
 * Resources | editor over problems | form over graph; every split is resizable (works from 1280×720 up). Sizes are
 * percentages (react-resizable-panels 3: ~17 KB gzip lighter on the first route than 4, whose pixel limits these
 * minimums about reproduce at 1280×720: 150/320/280 px wide, 160/80/120 px high of the 680 px below the header).
 */
export function StudioLayout() {
  return (
    <PanelGroup direction="horizontal" className="min-h-0 flex-1" id="studio-columns">
      <Panel id="resources" order={1} defaultSize={17} minSize={12}>
        <ResourcesSection />
      </Panel>
      <Handle />
      <Panel id="center" order={2} defaultSize={45} minSize={25}>
        <PanelGroup direction="vertical" id="studio-center">
          <Panel id="editor" order={1} defaultSize={68} minSize={24}>
            <EditorSection />
          </Panel>
          <Handle vertical />
          <Panel id="problems" order={2} defaultSize={32} minSize={12}>
            <ProblemsSection />
          </Panel>
        </PanelGroup>
      </Panel>
      <Handle />
      <Panel id="side" order={3} defaultSize={38} minSize={22}>
        <PanelGroup direction="vertical" id="studio-side">
          <Panel id="form" order={1} defaultSize={55} minSize={18}>
            <FormSection />
          </Panel>
          <Handle vertical />
          <Panel id="graph" order={2} defaultSize={45} minSize={18}>
            <GraphSection />
          </Panel>
        </PanelGroup>
      </Panel>
    </PanelGroup>
  );
}
