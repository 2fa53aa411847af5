import { CircleAlert, Info, TriangleAlert } from 'lucide-react';
import { cn } from './cn';
import type { Severity } from '@/lib/core/diagnostic';

const label: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

/** The icon of a diagnostic severity, with its name for screen readers. */
export function SeverityIcon({ severity, size = 13 }: { severity: Severity; size?: number }) {
  const common = { size, 'aria-label': label[severity], role: 'img' as const };
  if (severity === 'error') return <CircleAlert {...common} className="shrink-0 text-red-600 dark:text-red-400" />;
  if (severity === 'warning') return <TriangleAlert {...common} className="shrink-0 text-amber-600 dark:text-amber-400" />;
  return <Info {...common} className="shrink-0 text-sky-600 dark:text-sky-400" />;
}

/** A small count badge (errors red, warnings amber). */
export function CountBadge({ count, severity }: { count: number; severity: Severity }) {
  if (count === 0) return null;
  const tone =
    severity === 'error'
      ? 'bg-red-100 text-red-700 dark:bg-red-950 dark:text-red-300'
      : severity === 'warning'
        ? 'bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-300'
        : 'bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-300';
  return (
    <span className={cn('rounded px-1 text-[10px] leading-4 font-semibold tabular-nums', tone)} aria-label={`${count} ${severity === 'info' ? 'info' : severity + (count === 1 ? '' : 's')}`}>
      {count}
    </span>
  );
}

