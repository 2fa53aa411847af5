'use client';
import { CircleHelp } from 'lucide-react';
import { Tooltip } from '@/components/ui/tooltip';

/** Istio's description of a field, behind a small focusable help icon. */
export function HelpTip({ label, help }: { label: string; help?: string }) {
  if (!help) return null;
  return (
    <Tooltip content={<span className="block max-w-xs whitespace-pre-line">{help}</span>} side="top">
      <button type="button" className="rounded text-zinc-400 hover:text-zinc-600 focus-visible:outline-1 focus-visible:outline-sky-500" aria-label={`About ${label}`}>
        <CircleHelp size={12} />
      </button>
    </Tooltip>
  );
}
