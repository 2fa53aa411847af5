/**
 * `npm run bench`: medians of full analyze, bare `yaml` parse, yaml-language-server, incremental keystroke,
 * graph derive + layout and export on generated meshes; the targets with ✓/✗; JSON in bench/results/.
 *
 *   npx tsx bench/run.ts [--sizes=100,1000,5000] [--clock=cpu|wall] [--skip=yaml-ls,graph-layout] [--only=keystroke]
 *
 * Never fails on a figure. Run with `node --expose-gc` (npm run bench does) to collect between samples.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cases, type Case } from './cases';
import { meshText } from './meshes';
import { figure, type Clock } from './measure';
import { machine, table, targetLines, type Results, type Target } from './report';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const sizes = (arg('sizes') ?? '100,1000,5000').split(',').map(Number);
const clock = (arg('clock') ?? 'cpu') as Clock;
const skip = new Set((arg('skip') ?? '').split(',').filter(Boolean));
const only = new Set((arg('only') ?? '').split(',').filter(Boolean));

/** Few samples on big inputs: mesh-5000 runs stay within minutes on a loaded 2-core machine. */
const samplesFor = (n: number, c: Case) => Math.max(1, Math.round((c.samples ?? 15) * Math.min(1, 100 / n) ** 0.5));

async function main() {
  const results: Results = {};
  const info = machine();
  console.log(`Entryway benchmarks — ${info.date}, ${info.cpu} ×${info.nproc}, Node ${info.node}, load ${info.loadavg.join(' ')}, clock: ${clock}`);
  for (const n of sizes) {
    const text = meshText(n);
    results[n] = {};
    for (const c of cases(text)) {
      if (skip.has(c.id) || (only.size > 0 && !only.has(c.id)) || (c.maxSize !== undefined && n > c.maxSize)) continue;
      const run = await c.setup();
      const samples = c.perSample ? c.samples ?? 40 : samplesFor(n, c);
      const f = await figure(run, c.perSample
        ? { clock, samples, exact: true, warmup: 4 }
        : { clock, samples, budgetMs: 1500, warmup: n <= 100 ? 3 : 1 });
      results[n]![c.id] = f;
      console.log(`  mesh-${n} ${c.id.padEnd(18)} ${f.median.toFixed(2).padStart(10)} ms  (${f.samples} samples, p75 ${f.p75.toFixed(1)})`);
    }
  }
  const at = (n: number, id: string) => results[n]?.[id]?.median;
  const ratio = (a?: number, b?: number) => (a !== undefined && b !== undefined ? a / b : undefined);
  const big = Math.max(...sizes);
  const targets: Target[] = [
    ...sizes.map((n): Target => ({ name: `full analyze / bare yaml parse, mesh-${n}`, value: ratio(at(n, 'analyze'), at(n, 'yaml-parse')), bound: 1.15, kind: 'max', unit: '×' })),
    ...sizes.map((n): Target => ({ name: `yaml-language-server / full analyze, mesh-${n}`, value: ratio(at(n, 'yaml-ls'), at(n, 'analyze')), bound: 2, kind: 'min', unit: '×' })),
    { name: `one keystroke (incremental), mesh-${big}`, value: at(big, 'keystroke'), bound: 16, kind: 'max', unit: 'ms' },
  ];
  console.log(`\n${table(results, sizes)}\n\n${targetLines(targets)}`);
  const dir = join(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.json'), `${JSON.stringify({ machine: { ...info, loadavgEnd: machine().loadavg }, clock, results, targets }, null, 2)}\n`);
  console.log(`\nwrote bench/results/latest.json`);
}

void main();
