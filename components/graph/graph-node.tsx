'use client';
import { Handle, NodeToolbar, Position, type NodeProps } from '@xyflow/react';
import { Boxes, CircleAlert, Cpu, DoorOpen, Globe, Lock, MapPin, Plug, Server, TriangleAlert, type LucideIcon } from 'lucide-react';
import { memo, useState } from 'react';
import { cn } from '@/components/ui/cn';
import { isSecureNode, TYPE_NAMES } from '@/lib/graph/caption';
import type { NodeType } from '@/lib/graph/types';
import type { EgressFlowNode } from './to-flow';

const ICONS: Record<NodeType, LucideIcon> = { mesh: Boxes, gateway: DoorOpen, service: Server, external: Globe, workload: Cpu, endpoint: MapPin };

const TONES: Record<NodeType, string> = {
  mesh: 'border-sky-300 bg-sky-50 text-sky-950 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100',
  gateway: 'border-violet-300 bg-violet-50 text-violet-950 dark:border-violet-800 dark:bg-violet-950 dark:text-violet-100',
  service: 'border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100',
  external: 'border-dashed border-amber-400 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100',
  workload: 'border-zinc-300 bg-zinc-50 text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100',
  endpoint: 'border-zinc-300 bg-white text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100',
};

/** Hover card: every detail of the node, sorted by key. */
function Details({ details }: { details: Record<string, string> }) {
  const keys = Object.keys(details).sort();
  if (!keys.length) return null;
  return (
    <dl className="max-w-sm rounded-md border border-zinc-200 bg-white p-2 text-[11px] shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
      {keys.map((k) => (
        <div key={k} className="grid grid-cols-[auto_1fr] gap-x-2">
          <dt className="text-zinc-500 dark:text-zinc-400">{k}</dt>
          <dd className="break-words text-zinc-900 dark:text-zinc-100">{details[k]}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Error and warning counts of the node's resource part. */
export function IssueBadges({ errors, warnings }: { errors: number; warnings: number }) {
  return (
    <span className="flex shrink-0 items-center gap-1 text-[10px] font-semibold tabular-nums">
      {errors > 0 && (
        <span className="flex items-center gap-0.5 text-red-600 dark:text-red-400" title={`${errors} errors`}>
          <CircleAlert aria-hidden size={12} />
          {errors}
        </span>
      )}
      {warnings > 0 && (
        <span className="flex items-center gap-0.5 text-amber-600 dark:text-amber-400" title={`${warnings} warnings`}>
          <TriangleAlert aria-hidden size={12} />
          {warnings}
        </span>
      )}
    </span>
  );
}

function NodeCard({ data, type }: NodeProps<EgressFlowNode>) {
  const [hover, setHover] = useState(false);
  const { node, dimmed, highlighted, current } = data;
  const Icon = node.details.transport ? Plug : ICONS[type as NodeType];
  return (
    <div
      className={cn(
        'group flex h-full w-full items-center gap-2 rounded-md border px-2 shadow-sm transition-opacity',
        TONES[type as NodeType],
        dimmed && 'opacity-25',
        highlighted && 'ring-2 ring-sky-500',
        current && 'outline-2 outline-offset-2 outline-fuchsia-500',
      )}
      onMouseEnter={() => setHover(true)}
      onMouseLeave={() => setHover(false)}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} className="!opacity-0" />
      <Icon aria-hidden size={16} className="shrink-0" />
      <span className="min-w-0 flex-1">
        <span className="block truncate text-xs font-medium" title={node.label}>
          {node.label}
        </span>
        <span className="block truncate text-[10px] opacity-70">
          {TYPE_NAMES[type as NodeType]}
          {node.namespace && type !== 'mesh' ? ` · ${node.namespace}` : ''}
        </span>
      </span>
      {isSecureNode(node) && <Lock aria-label="TLS" size={12} className="shrink-0" />}
      <IssueBadges errors={node.diagnostics.errors} warnings={node.diagnostics.warnings} />
      <Handle type="source" position={Position.Right} isConnectable={false} className="!opacity-0" />
      <NodeToolbar isVisible={hover} position={Position.Bottom}>
        <Details details={node.details} />
      </NodeToolbar>
    </div>
  );
}

const MeshNode = memo(NodeCard);
const GatewayNode = memo(NodeCard);
const ServiceNode = memo(NodeCard);
const ExternalNode = memo(NodeCard);
const WorkloadNode = memo(NodeCard);
const EndpointNode = memo(NodeCard);

/** One component per node type; a module-level constant, so React Flow never sees a new object. */
export const nodeTypes = {
  mesh: MeshNode,
  gateway: GatewayNode,
  service: ServiceNode,
  external: ExternalNode,
  workload: WorkloadNode,
  endpoint: EndpointNode,
};
