'use client';
import { useWorkspace } from '@/components/studio/workspace-context';
import { YamlDiffLazy } from './lazy';

const SINCE = { open: 'since it was opened', import: 'since the last import', export: 'since the last export' } as const;
const AS = { open: 'as opened', import: 'as last imported', export: 'as last exported' } as const;

/** Monaco's diff between the baseline (what was opened, imported or last exported) and the workspace now. */
export function ChangesView() {
  const baseline = useWorkspace((s) => s.baseline);
  const text = useWorkspace((s) => s.text);
  return (
    <div className="flex h-full min-h-0 flex-col gap-2">
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        Left: the workspace {AS[baseline.origin]}. Right: now.{' '}
        {baseline.text === text ? <strong>No changes {SINCE[baseline.origin]}.</strong> : null}
      </p>
      <div className="min-h-0 flex-1 rounded border border-zinc-200 dark:border-zinc-800">
        <YamlDiffLazy original={baseline.text} modified={text} label="Changes" />
      </div>
    </div>
  );
}
