'use client';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, useStore, type EdgeProps } from '@xyflow/react';
import { Lock } from 'lucide-react';
import { memo, useContext } from 'react';
import { cn } from '@/components/ui/cn';
import { isSecureEdge } from '@/lib/graph/caption';
import { IssueBadges } from './graph-node';
import { SelectLocationContext } from './select-context';
import type { EgressFlowEdge } from './to-flow';

const LABEL_MIN_ZOOM = 0.45;

/** Tooltip text of an edge: its details, one per line. */
function edgeTitle(details: Record<string, string>): string {
  return Object.keys(details)
    .sort()
    .map((k) => `${k}: ${details[k]}`)
    .join('\n');
}

function EgressEdgeView({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected, markerEnd }: EdgeProps<EgressFlowEdge>) {
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const selectLocation = useContext(SelectLocationContext);
  // Labels are unreadable when zoomed far out, and thousands of them are most of a large graph's DOM.
  const readable = useStore((s) => s.transform[2] >= LABEL_MIN_ZOOM);
  if (!data) return null;
  const { edge, caption, dimmed, highlighted, current } = data;
  const secure = isSecureEdge(edge);
  const issues = edge.diagnostics.errors + edge.diagnostics.warnings > 0;
  const stroke = edge.diagnostics.errors ? '#dc2626' : edge.diagnostics.warnings ? '#d97706' : highlighted || selected || current ? '#0ea5e9' : secure ? '#7c3aed' : '#94a3b8';
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={{ stroke, strokeWidth: secure || highlighted || selected ? 2 : 1.25, opacity: dimmed ? 0.15 : 1 }} />
      {readable && (caption || issues) && (
        <EdgeLabelRenderer>
          <div
            className={cn(
              'nodrag nopan absolute flex max-w-[220px] items-center gap-1 rounded border border-zinc-200 bg-white/90 px-1 py-px text-[10px] text-zinc-700 dark:border-zinc-700 dark:bg-zinc-900/90 dark:text-zinc-300',
              dimmed && 'opacity-20',
            )}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`, pointerEvents: 'all' }}
            title={edgeTitle(edge.details)}
            onClick={() => selectLocation(edge.location)}
          >
            {secure && <Lock aria-label={`TLS ${edge.tls}`} size={10} className="shrink-0 text-violet-600 dark:text-violet-400" />}
            <span className="truncate">{caption}</span>
            <IssueBadges errors={edge.diagnostics.errors} warnings={edge.diagnostics.warnings} />
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

/** Module-level constant: the one edge type, with its label, lock for TLS and issue badges. */
export const edgeTypes = { egress: memo(EgressEdgeView) };
