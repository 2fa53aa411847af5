/** One benchmark figure through mitata, timed by process CPU time (stable on a shared machine) or wall clock. */
import { measure } from 'mitata';

export type Clock = 'cpu' | 'wall';

export interface Figure {
  /** Milliseconds. */
  median: number;
  p75: number;
  min: number;
  max: number;
  samples: number;
}

const cpuNs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) * 1000;
};
const wallNs = () => Number(process.hrtime.bigint());

const gc = (globalThis as { gc?: () => void }).gc;

/** Median and spread of `fn` over a bounded number of samples (big inputs: `samples` small). */
export async function figure(
  fn: () => unknown,
  opts: { clock: Clock; samples: number; budgetMs?: number; warmup?: number; exact?: boolean; gcBetween?: boolean },
): Promise<Figure> {
  // NOTE: mitata warms up only sub-millisecond functions; these run long enough for V8 to still be compiling
  for (let i = 0; i < (opts.warmup ?? 0); i++) await fn();
  const stats = await measure(fn, {
    now: opts.clock === 'cpu' ? cpuNs : wallNs,
    min_samples: opts.exact ? opts.samples : Math.min(opts.samples, 3),
    max_samples: opts.samples,
    min_cpu_time: (opts.budgetMs ?? 2000) * 1e6,
    warmup_samples: 1,
    // NOTE: collect before each case so it does not pay for the garbage of the one before it (between samples too
    // when asked: a forced full GC per sample leaves V8 re-growing its heap, which inflates short samples)
    ...(gc ? { gc, inner_gc: opts.gcBetween === true } : {}),
  });
  const ms = (ns: number) => ns / 1e6;
  return { median: ms(stats.p50), p75: ms(stats.p75), min: ms(stats.min), max: ms(stats.max), samples: stats.samples.length };
}
