/** The benchmark table, the targets with ✓/✗, and the JSON written to bench/results/. */
import { execSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import type { Figure } from './measure';

export type Results = Record<string, Record<string, Figure>>;

export interface Target {
  name: string;
  /** Measured value and the bound it must meet (`max`: at most, `min`: at least). */
  value: number | undefined;
  bound: number;
  kind: 'max' | 'min';
  unit: string;
}

export function machine() {
  let commit = '';
  try {
    commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
  } catch {
    // not a git checkout
  }
  return { date: new Date().toISOString(), node: process.version, cpu: cpus()[0]?.model ?? '?', nproc: cpus().length, loadavg: loadavg().map((l) => Number(l.toFixed(2))), commit };
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));

/** Medians (ms) per case and size. */
export function table(results: Results, sizes: number[]): string {
  const cases = [...new Set(Object.values(results).flatMap((r) => Object.keys(r)))];
  const head = ['case', ...sizes.map((n) => `mesh-${n}`)];
  const rows = cases.map((c) => [c, ...sizes.map((n) => (results[n]?.[c] ? `${fmt(results[n]![c]!.median)} ms` : '—'))]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), ...rows.map(line)].join('\n');
}

export function met(t: Target): boolean | undefined {
  if (t.value === undefined) return undefined;
  return t.kind === 'max' ? t.value <= t.bound : t.value >= t.bound;
}

export function targetLines(targets: Target[]): string {
  return targets
    .map((t) => {
      const ok = met(t);
      const mark = ok === undefined ? '–' : ok ? '✓' : '✗';
      const value = t.value === undefined ? 'not measured' : `${t.value.toFixed(t.unit === 'ms' ? 1 : 2)}${t.unit}`;
      return `${mark} ${t.name}: ${value} (target ${t.kind === 'max' ? '≤' : '≥'} ${t.bound}${t.unit})`;
    })
    .join('\n');
}
