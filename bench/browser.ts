/**
 * `npm run bench:browser`: the studio's production build in Chromium with a generated mesh loaded — long tasks
 * while typing, keystroke → marker latency, JS shipped by the first route (gzip) and heap. Not a test: it reports.
 *
 *   npx tsx bench/browser.ts [--size=1000] [--heap-size=5000] [--keys=30] [--profile=/tmp/x.cpuprofile [--profile-phase=typing|load]]
 *
 * Heap counts the page and every worker of the tab (validation, graph layout, Monaco's). Long tasks are also
 * reported while the graph of the loaded mesh is derived and laid out (the graph panel is visible).
 *
 * Reuses the build in $BENCH_DIST_DIR (default .next-bench) or builds it (NEXT_DIST_DIR=… next build).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startProfile, stopProfile, tabHeapMb } from './browser-cdp';
import { meshText } from './meshes';
import { startServer } from './next-server';
import { launchChromium, pageWeight } from './page-weight';
import { machine } from './report';

const arg = (name: string, def: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? def;

/** Long tasks (start, duration) from page load on; typing() and load() read windows of it. */
const LONG_TASKS_INIT = () => {
  const w = window as unknown as { __lt: [number, number][] };
  w.__lt = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__lt.push([e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
};
const now = (page: Page) => page.evaluate(() => performance.now());
const longTasksIn = (page: Page, from: number, to: number) =>
  page.evaluate(([a, b]) => (window as unknown as { __lt: [number, number][] }).__lt.filter(([s]) => s >= a! && s < b!).map(([, d]) => Math.round(d)), [from, to]);

/**
 * Put `text` into the editor as one edit (as a paste would), wait until the worker's result is in, then until the
 * graph panel shows the new graph laid out; long tasks of both phases.
 */
async function load(page: Page, text: string) {
  await page.waitForFunction(() => Boolean((window as unknown as { __entrywayEditor?: unknown }).__entrywayEditor), null, { timeout: 120_000 });
  const t0 = await now(page);
  await page.evaluate((t) => {
    const ed = (window as unknown as { __entrywayEditor: { getModel(): { getFullModelRange(): unknown }; executeEdits(s: string, e: unknown[]): void } }).__entrywayEditor;
    ed.executeEdits('bench', [{ range: ed.getModel().getFullModelRange(), text: t }]);
  }, text);
  // The editor header reads "N documents · checked in … ms" once the worker's result for this text is in
  // (the Problem list alone may still show the previous text's analysis).
  const docs = (text.match(/^---/gm)?.length ?? 0) + 1;
  await page.waitForFunction(
    (n) => [...document.querySelectorAll('section[aria-label="YAML editor"] span')].some((e) => {
      const m = /^(\d+) documents · checked in/.exec(e.textContent ?? '');
      return m !== null && Math.abs(Number(m[1]) - n) <= 3;
    }),
    docs,
    { timeout: 600_000, polling: 50 },
  );
  const t1 = await now(page);
  // The graph status reads "N nodes · E edges · T ms" once a layout is in and no newer one is pending (a graph too
  // large to draw at once adds " · not drawn").
  await page.waitForFunction(
    () => /^\d{3,} nodes · \d+ edges · \d+ ms( · not drawn)?$/.test(document.querySelector('section[aria-label="Graph"] [role="status"]')?.textContent ?? ''),
    null,
    { timeout: 600_000, polling: 50 },
  );
  const t2 = await now(page);
  await page.waitForTimeout(3000);
  const analysisTasks = await longTasksIn(page, t0, t1);
  const graphTasks = await longTasksIn(page, t1, t2);
  return {
    analysedMs: Math.round(t1 - t0),
    graphLaidOutMs: Math.round(t2 - t1),
    longTasksUntilAnalysed: { count: analysisTasks.length, maxMs: Math.max(0, ...analysisTasks) },
    longTasksWhileGraphLaysOut: { count: graphTasks.length, maxMs: Math.max(0, ...graphTasks), tasksMs: graphTasks },
  };
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? NaN;

/** Type `keys` pairs (a letter into a port number, then Backspace) and time each until the squiggles change. */
async function typing(page: Page, keys: number) {
  await page.evaluate(() => {
    const w = window as unknown as { __keyAt: number };
    addEventListener('keydown', () => (w.__keyAt = performance.now()), true);
  });
  const t0 = await now(page);
  const latencies: number[] = [];
  const squiggles = () => page.evaluate(() => document.querySelectorAll('.squiggly-error').length);
  for (let i = 0; i < keys; i++) {
    await page.evaluate((line) => {
      const ed = (window as unknown as { __entrywayEditor: { getModel(): { findMatches(s: string, a: boolean, b: boolean, c: boolean, d: null, e: boolean): { range: { endLineNumber: number; endColumn: number } }[] }; setPosition(p: unknown): void; revealLineInCenter(n: number): void; focus(): void } }).__entrywayEditor;
      const all = ed.getModel().findMatches('number: ', false, false, false, null, false);
      // NOTE: a small mesh has fewer port numbers than keystrokes: wrap around
      const m = all[line % all.length]!;
      ed.revealLineInCenter(m.range.endLineNumber);
      ed.setPosition({ lineNumber: m.range.endLineNumber, column: m.range.endColumn + 3 });
      ed.focus();
    }, 200 + i * 37);
    const before = await squiggles();
    for (const key of ['x', 'Backspace']) {
      const want = key === 'x' ? (n: number) => n > before : (n: number) => n <= before;
      await page.keyboard.press(key);
      const start = Date.now();
      while (!want(await squiggles()) && Date.now() - start < 10_000) await page.waitForTimeout(5);
      latencies.push(await page.evaluate(() => performance.now() - (window as unknown as { __keyAt: number }).__keyAt));
    }
  }
  const longTasks = await longTasksIn(page, t0, await now(page));
  return { keystrokes: latencies.length, markerLatencyMs: { p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95) }, longTasksMs: longTasks, maxLongTaskMs: Math.max(0, ...longTasks) };
}

async function main() {
  const size = Number(arg('size', '1000'));
  const heapSize = Number(arg('heap-size', '5000'));
  const keys = Number(arg('keys', '30'));
  const { url, stop } = await startServer();
  const browser = await launchChromium(['--enable-precise-memory-info']);
  try {
    // The same count as `npm run bench:weight` (bench/page-weight.ts), which also lists what is in each chunk.
    const weight = await pageWeight(url, browser);
    const js = { files: weight.firstRouteChunks, gzipBytes: weight.firstRouteGzipBytes };
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript(LONG_TASKS_INIT);
    await page.goto(url);
    // --profile samples the typing, or with --profile-phase=load the paste, analysis and graph layout of the mesh
    const profileFile = arg('profile', '');
    const phase = arg('profile-phase', 'typing');
    const loadProfiler = profileFile && phase === 'load' ? await startProfile(page) : null;
    const loaded = await load(page, meshText(size));
    const loadProfile = loadProfiler ? await stopProfile(loadProfiler, profileFile) : undefined;
    const profiler = profileFile && phase === 'typing' ? await startProfile(page) : null;
    const typed = await typing(page, keys);
    const profile = profiler ? await stopProfile(profiler, profileFile) : loadProfile;
    const heap = { [`mesh-${size}`]: await tabHeapMb(page) };
    await page.close();
    const big = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await big.addInitScript(LONG_TASKS_INIT);
    await big.goto(url);
    const bigLoaded = await load(big, meshText(heapSize));
    heap[`mesh-${heapSize}`] = await tabHeapMb(big);
    const out = { machine: machine(), size, firstRouteJs: js, load: loaded, [`load-${heapSize}`]: bigLoaded, ...typed, heapMb: heap };
    if (profile) console.log(`main thread while ${phase === 'load' ? 'loading' : 'typing'} (${profileFile}):\n  self:\n    ${profile.self.join('\n    ')}\n  inclusive:\n    ${profile.inclusive.join('\n    ')}`);
    console.log(JSON.stringify({ ...out, longTasksMs: `${typed.longTasksMs.length} tasks` }, null, 2));
    const bigHeap = heap[`mesh-${heapSize}`]!.total;
    console.log(`${typed.maxLongTaskMs < 50 ? '✓' : '✗'} longest main-thread task while typing: ${typed.maxLongTaskMs.toFixed(0)} ms (target < 50)`);
    console.log(`${typed.markerLatencyMs.p95 <= 150 ? '✓' : '✗'} marker latency p95: ${typed.markerLatencyMs.p95.toFixed(0)} ms (target ≤ 150)`);
    console.log(`${loaded.longTasksWhileGraphLaysOut.maxMs < 50 ? '✓' : '✗'} longest main-thread task while the graph of mesh-${size} lays out: ${loaded.longTasksWhileGraphLaysOut.maxMs} ms (${loaded.longTasksWhileGraphLaysOut.count} long tasks)`);
    console.log(`${js.gzipBytes <= 200 * 1024 ? '✓' : '✗'} first-route JS before the editor: ${(js.gzipBytes / 1024).toFixed(1)} KB gzip in ${js.files} chunks (target ≤ 200 KB; details: npm run bench:weight)`);
    console.log(`${bigHeap < 300 ? '✓' : '✗'} heap with mesh-${heapSize}, page + workers: ${bigHeap.toFixed(0)} MB (target < 300)`);
    mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
    writeFileSync(join(import.meta.dirname, 'results', 'browser.json'), `${JSON.stringify(out, null, 2)}\n`);
  } finally {
    await browser.close();
    stop();
  }
}

void main();
