'use client';
import '@xyflow/react/dist/style.css';
import { Background, Controls, MiniMap, ReactFlow, ReactFlowProvider, useReactFlow, type EdgeMouseHandler, type NodeMouseHandler } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Diagnostic } from '@/lib/core/diagnostic';
import type { IstioResource } from '@/lib/core/resource';
import type { GraphLocation, GraphNode } from '@/lib/graph/types';
import { filterByNamespace, namespacesOf, searchNodes, tracePaths } from '@/lib/graph/view-state';
import { exportImage } from './export-image';
import { edgeTypes } from './graph-edge';
import { nodeTypes } from './graph-node';
import { GraphToolbar } from './graph-toolbar';
import { SelectLocationContext } from './select-context';
import { createFlowCache, toFlow, type EgressFlowEdge, type EgressFlowNode } from './to-flow';
import { useDarkMode } from './use-dark-mode';
import { useGraphLayout } from './use-graph-layout';
import { useInView } from './use-in-view';

export interface GraphPanelProps {
  resources: IstioResource[];
  diagnostics: Diagnostic[];
  selected?: { document: number };
  onSelect: (target: { document: number; path?: string }) => void;
}

/** Above this many nodes only the elements in view are rendered. */
const LARGE_GRAPH = 150;
/** How many nodes (the topmost) the first view of a large graph shows. */
const INITIAL_LARGE_VIEW = 40;
/** Below this many nodes the whole graph fits in view and a MiniMap would only cover it. */
const MINIMAP_FROM = 12;
/**
 * Above this many nodes there is no MiniMap: it draws every node (it is not virtualized) and re-reads each one on
 * every update, most of React Flow's time per keystroke in mesh-1000 (2,093 nodes); at that scale it is a smear.
 */
const MINIMAP_UP_TO = 500;
/**
 * Above this many nodes (in view of the namespace filter) nothing is drawn until asked: React Flow's first render of
 * mesh-5000's 10,553 nodes held the main thread 9–15 s; a namespace is the readable unit at that scale.
 */
const DRAW_UP_TO = 3000;
const TRACEABLE = new Set<GraphNode['type']>(['gateway', 'service', 'external']);

const MINIMAP_COLORS: Record<GraphNode['type'], string> = { mesh: '#0ea5e9', gateway: '#8b5cf6', service: '#10b981', external: '#f59e0b', workload: '#71717a', endpoint: '#a1a1aa' };

function selectTarget(location: GraphLocation | undefined, onSelect: GraphPanelProps['onSelect']) {
  if (location) onSelect({ document: location.document, path: location.path });
}

function GraphView({ resources, diagnostics, selected, onSelect }: GraphPanelProps) {
  const container = useRef<HTMLDivElement>(null);
  // Off screen, the graph is not derived again: it catches up (one delta) when it comes back into view.
  const inView = useInView(container);
  const { graph, positions, pending, error, ms } = useGraphLayout(resources, diagnostics, inView);
  const [namespace, setNamespace] = useState('');
  const [query, setQuery] = useState('');
  const [traced, setTraced] = useState('');
  const dark = useDarkMode();
  const [flowCache] = useState(createFlowCache);
  const { fitView, getNodes } = useReactFlow<EgressFlowNode, EgressFlowEdge>();

  const visible = useMemo(() => (graph ? filterByNamespace(graph, namespace || undefined) : undefined), [graph, namespace]);
  const trace = useMemo(() => (visible && traced && visible.nodes.some((n) => n.id === traced) ? tracePaths(visible, traced) : undefined), [visible, traced]);
  const search = useMemo(() => (visible ? searchNodes(visible.nodes, query) : undefined), [visible, query]);
  const [drawAll, setDrawAll] = useState(false);
  const held = visible !== undefined && visible.nodes.length > DRAW_UP_TO && !drawAll ? visible.nodes.length : 0;
  const flow = useMemo(
    () => (visible && positions && !held ? toFlow(visible, positions, { search, trace, selectedDocument: selected?.document }, flowCache) : { nodes: [], edges: [] }),
    [visible, positions, search, trace, selected?.document, flowCache, held],
  );

  // Fit once, when the first graph arrives; later updates keep the user's viewport (Controls' fit button refits).
  // A large graph first shows its top part only: fitting thousands of nodes into view would render them all at
  // once (onlyRenderVisibleElements spares nothing then) and freeze the page for seconds.
  const fitted = useRef(false);
  useEffect(() => {
    if (fitted.current || flow.nodes.length === 0) return;
    fitted.current = true;
    const nodes = flow.nodes.length > LARGE_GRAPH ? [...flow.nodes].sort((a, b) => a.position.y - b.position.y).slice(0, INITIAL_LARGE_VIEW) : undefined;
    requestAnimationFrame(() => void fitView({ padding: 0.1, ...(nodes ? { nodes: nodes.map((n) => ({ id: n.id })) } : {}) }));
  }, [flow.nodes, fitView]);

  const handleNodeClick: NodeMouseHandler<EgressFlowNode> = useCallback((_, n) => selectTarget(n.data.node.location, onSelect), [onSelect]);
  const handleEdgeClick: EdgeMouseHandler<EgressFlowEdge> = useCallback((_, e) => selectTarget(e.data?.edge.location, onSelect), [onSelect]);
  // Nodes are focusable buttons: Enter or Space on one selects it like a click (React Flow only marks it selected).
  const handleKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      const id = (e.target as HTMLElement).closest<HTMLElement>('.react-flow__node')?.dataset.id;
      const node = id ? visible?.nodes.find((n) => n.id === id) : undefined;
      if (node) selectTarget(node.location, onSelect);
    },
    [visible, onSelect],
  );
  const selectLocation = useCallback((l: GraphLocation | undefined) => selectTarget(l, onSelect), [onSelect]);
  const handleExport = useCallback(
    (format: 'png' | 'svg') => {
      if (container.current) void exportImage(container.current, getNodes(), format, dark);
    },
    [getNodes, dark],
  );

  const namespaces = useMemo(() => (graph ? namespacesOf(graph) : []), [graph]);
  const traceable = useMemo(() => (visible ? visible.nodes.filter((n) => TRACEABLE.has(n.type)) : []), [visible]);
  const status = error
    ? `Graph failed: ${error}`
    : !graph
      ? 'Laying out…'
      : `${held || flow.nodes.length} nodes · ${held ? visible!.edges.length : flow.edges.length} edges${pending ? ' · updating…' : ms !== undefined ? ` · ${Math.round(ms)} ms` : ''}${held ? ' · not drawn' : ''}`;

  return (
    <div className="flex h-full min-h-0 flex-1 flex-col">
      <GraphToolbar
        namespaces={namespaces}
        namespace={namespace}
        onNamespace={setNamespace}
        query={query}
        onQuery={setQuery}
        traceable={traceable}
        traced={traced}
        onTrace={setTraced}
        onExport={handleExport}
        status={status}
      />
      <SelectLocationContext.Provider value={selectLocation}>
        <div ref={container} className="relative min-h-[200px] flex-1" data-testid="graph-canvas" onKeyDown={handleKeyDown}>
          <ReactFlow<EgressFlowNode, EgressFlowEdge>
            nodes={flow.nodes}
            edges={flow.edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodeClick={handleNodeClick}
            onEdgeClick={handleEdgeClick}
            nodesDraggable={false}
            nodesConnectable={false}
            onlyRenderVisibleElements={flow.nodes.length > LARGE_GRAPH}
            colorMode={dark ? 'dark' : 'light'}
            minZoom={0.05}
            defaultEdgeOptions={{ type: 'egress' }}
          >
            <Background gap={16} size={1} />
            {flow.nodes.length >= MINIMAP_FROM && flow.nodes.length <= MINIMAP_UP_TO && (
              <MiniMap pannable zoomable ariaLabel="Graph overview" style={{ width: 160, height: 110 }} nodeColor={(n) => MINIMAP_COLORS[(n as EgressFlowNode).data.node.type]} />
            )}
            <Controls showInteractive={false} />
          </ReactFlow>
          {held > 0 && (
            <div className="absolute inset-0 flex flex-col items-center justify-center gap-2 p-4 text-center text-xs text-zinc-500 dark:text-zinc-400">
              <p>
                {held.toLocaleString('en')} nodes: choose a namespace above to draw its part of the graph, or draw them all (the page may pause for a while).
              </p>
              <button type="button" className="rounded border border-zinc-300 px-2 py-1 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800" onClick={() => setDrawAll(true)}>
                Draw all {held.toLocaleString('en')} nodes
              </button>
            </div>
          )}
          {graph && !held && flow.nodes.length === 0 && (
            <p className="pointer-events-none absolute inset-0 flex items-center justify-center text-xs text-zinc-500 dark:text-zinc-400">No Istio resources to draw.</p>
          )}
        </div>
      </SelectLocationContext.Provider>
    </div>
  );
}

/**
 * The egress graph of the workspace: sidecars → gateways → services → endpoints, derived and laid out in a worker.
 * Clicking a node or an edge selects the resource part it stands for.
 */
export function GraphPanel(props: GraphPanelProps) {
  return (
    <ReactFlowProvider>
      <GraphView {...props} />
    </ReactFlowProvider>
  );
}
