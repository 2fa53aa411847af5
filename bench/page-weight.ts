/**
 * Page weight (issue 7): the JavaScript the studio's first route ships before the editor loads, gzip-compressed.
 * Loads the studio in Chromium, records every JS response until the network is idle (editor and graph included),
 * and sorts each chunk into "first route" or "lazy editor/graph/worker". Not a test: it reports, never fails.
 *
 *   npx tsx bench/page-weight.ts [--url=http://127.0.0.1:3000] [--top=10]
 *
 * Without --url it serves the build in $BENCH_DIST_DIR (default .next-bench), building it if missing. Build with
 * `ENTRYWAY_SOURCE_MAPS=1` to attribute each chunk's bytes to modules; without maps only chunk sizes are shown.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Worker } from '@playwright/test';
import { byGroup, bytesBySource, largest, stripMapComment, type SourceMapJson } from './page-weight-attribute';
import { benchDist, startServer } from './next-server';
import { machine } from './report';

const arg = (name: string, def: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? def;
const root = join(import.meta.dirname, '..');
const dist = benchDist;
const TARGET_KB = 200;
const kb = (n: number) => n / 1024;

/** Modules that may only load after the shell: Monaco, monaco-yaml, React Flow, elkjs and our editor/graph views. */
const LAZY = [/^node_modules\/(monaco-editor|monaco-yaml|@monaco-editor|monaco-|@xyflow|elkjs|html-to-image|vscode-|yaml-language-server)/, /^components\/(editor\/(yaml-editor|monaco-setup|editor-commands|markers)|graph\/)/];
/** Without a source map, a chunk's text says whether it is Monaco, React Flow or elkjs. */
const LAZY_TEXT = /(monaco-editor|vs\/editor\/|react-flow__|\bElkNode\b|org\.eclipse\.elk)/;

type Kind = 'first-html' | 'first-fetched' | 'lazy' | 'worker' | 'nomodule';
interface Chunk {
  url: string;
  kind: Kind;
  /** Monaco, React Flow or elkjs make up most of it. */
  lazyContent: boolean;
  rawBytes: number;
  gzipBytes: number;
  groups: [string, number][];
  modules: [string, number][];
}

/** The first HTML's external scripts, and which of them are `noModule` (modern browsers do not fetch those). */
function htmlScripts(html: string, base: string): { modern: Set<string>; noModule: Set<string> } {
  const modern = new Set<string>();
  const noModule = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*)>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(m[1]!)?.[1];
    if (!src) continue;
    const href = new URL(src.replace(/&amp;/g, '&'), base).href;
    (/\bnoModule\b/i.test(m[1]!) ? noModule : modern).add(href);
  }
  return { modern, noModule };
}

async function fetchMap(url: string, text: string): Promise<SourceMapJson | null> {
  const ref = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(text)?.[1];
  try {
    const r = await fetch(new URL(ref ?? `${url.replace(/\?.*$/, '')}.map`, url));
    return r.ok ? ((await r.json()) as SourceMapJson) : null;
  } catch {
    return null;
  }
}

/** Size and (with a source map) module attribution of one chunk; gzip shares follow raw-byte shares. */
async function measure(url: string, text: string, kind: Kind, top: number): Promise<Chunk> {
  const body = stripMapComment(text);
  const gzipBytes = gzipSync(Buffer.from(body)).length;
  const map = await fetchMap(url, text);
  const sources = map ? bytesBySource(body, map) : new Map<string, number>();
  const scale = (n: number) => (n / Math.max(1, body.length)) * gzipBytes;
  const lazyShare = [...sources].filter(([s]) => LAZY.some((re) => re.test(s))).reduce((a, [, n]) => a + n, 0) / Math.max(1, body.length);
  const isLazy = map ? lazyShare >= 0.5 : LAZY_TEXT.test(body);
  return {
    url,
    kind: kind === 'first-fetched' && isLazy ? 'lazy' : kind,
    lazyContent: isLazy,
    rawBytes: Buffer.byteLength(body),
    gzipBytes,
    groups: largest(byGroup(sources), top).map(([g, n]) => [g, scale(n)]),
    modules: largest(sources, top).map(([g, n]) => [g, scale(n)]),
  };
}

/**
 * Every chunk a `next/dynamic` import loads together with Monaco, React Flow or elkjs (the build's loadable
 * manifest lists each dynamic import's files): the editor's import also brings the JSON Schema (zod) and `yaml`
 * for its format command, which are then part of loading the editor, not of the first route.
 */
function editorGroups(chunks: Chunk[]): Set<string> {
  const file = join(root, dist, 'server/app/page/react-loadable-manifest.json');
  if (!existsSync(file)) return new Set();
  const lazy = new Set(chunks.filter((c) => c.lazyContent).map((c) => new URL(c.url).pathname.replace(/^\/_next\//, '')));
  const entries = Object.values(JSON.parse(readFileSync(file, 'utf8')) as Record<string, { files: string[] }>);
  return new Set(entries.filter((e) => e.files.some((f) => lazy.has(f))).flatMap((e) => e.files.filter((f) => f.endsWith('.js'))));
}

/** Every JS chunk the studio at `url` loads, sorted into first route, lazy editor/graph, workers and noModule. */
export async function pageWeight(url: string, browser: Browser, opts: { top?: number; manifest?: boolean } = {}): Promise<{ firstRouteGzipBytes: number; firstRouteChunks: number; chunks: Chunk[] }> {
  const top = opts.top ?? 10;
  const html = await (await fetch(url)).text();
  const { modern, noModule } = htmlScripts(html, url);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    const workers = new Set<Worker>();
    page.on('worker', (w) => workers.add(w));
    const bodies = new Map<string, string>();
    const pending: Promise<void>[] = [];
    context.on('response', (res) => {
      const u = res.url();
      if (!/javascript/.test(res.headers()['content-type'] ?? '') && !/\.m?js(\?|$)/.test(u)) return;
      pending.push(res.text().then((text) => void bodies.set(u, text)).catch(() => undefined));
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    // The editor (Monaco) and the graph load after the shell; wait for them so the lazy side is complete too.
    await page.waitForFunction(() => Boolean((window as unknown as { __entrywayEditor?: unknown }).__entrywayEditor), null, { timeout: 120_000 }).catch(() => console.log('(the editor did not load within 2 min)'));
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1500);
    await Promise.all(pending);
    // Each realm's own resource timeline says who fetched a chunk (Playwright gives worker requests the page's frame).
    const entries = () => performance.getEntriesByType('resource').map((e) => e.name);
    const onPage = new Set(await page.evaluate(entries));
    const inWorkers = new Set<string>();
    for (const w of workers) {
      inWorkers.add(w.url());
      for (const u of await w.evaluate(entries).catch(() => [] as string[])) inWorkers.add(u);
    }
    const chunks: Chunk[] = [];
    for (const [u, text] of bodies) {
      const kind: Kind = modern.has(u) ? 'first-html' : onPage.has(u) || !inWorkers.has(u) ? 'first-fetched' : 'worker';
      chunks.push(await measure(u, text, kind, top));
    }
    for (const u of noModule) if (!bodies.has(u)) chunks.push(await measure(u, await (await fetch(u)).text(), 'nomodule', top));
    // With the build at hand: a chunk the editor's or the graph's dynamic import loads is theirs.
    const groups = opts.manifest === false ? new Set<string>() : editorGroups(chunks);
    for (const c of chunks) if (c.kind === 'first-fetched' && groups.has(new URL(c.url).pathname.replace(/^\/_next\//, ''))) c.kind = 'lazy';
    const first = chunks.filter((c) => c.kind === 'first-html' || c.kind === 'first-fetched');
    return { firstRouteGzipBytes: first.reduce((a, c) => a + c.gzipBytes, 0), firstRouteChunks: first.length, chunks };
  } finally {
    await context.close();
  }
}

/** Chromium as every browser benchmark launches it (Debian's, never a downloaded one). */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', ...extraArgs],
  });
}

async function main() {
  const top = Number(arg('top', '10'));
  const given = arg('url', '');
  const server = given ? { url: given, stop: () => {} } : await startServer(dist, { ENTRYWAY_SOURCE_MAPS: '1' });
  const browser = await launchChromium();
  try {
    report((await pageWeight(server.url, browser, { top, manifest: !given })).chunks, top);
  } finally {
    await browser.close();
    server.stop();
  }
}

function report(chunks: Chunk[], top: number) {
  const first = chunks.filter((c) => c.kind === 'first-html' || c.kind === 'first-fetched').sort((a, b) => b.gzipBytes - a.gzipBytes);
  const rest = chunks.filter((c) => !first.includes(c)).sort((a, b) => b.gzipBytes - a.gzipBytes);
  const total = first.reduce((a, c) => a + c.gzipBytes, 0);
  const name = (u: string) => u.replace(/^https?:\/\/[^/]+/, '');
  const row = (c: Chunk) => `${kb(c.gzipBytes).toFixed(1).padStart(7)} ${kb(c.rawBytes).toFixed(0).padStart(6)}  ${c.kind.padEnd(13)} ${name(c.url)}\n${c.groups.slice(0, 4).map(([g, n]) => `${''.padStart(30)}${kb(n).toFixed(1).padStart(6)}  ${g}`).join('\n')}`;
  console.log(`\nFirst route: ${first.length} chunks (gzip KB, raw KB, how it loads, file; then its largest packages/folders)\n`);
  console.log(first.map(row).join('\n'));
  const groups = new Map<string, number>();
  for (const c of first) for (const [g, n] of c.groups) groups.set(g, (groups.get(g) ?? 0) + n);
  console.log(`\nFirst route by package/folder (top ${top} per chunk summed, gzip KB):`);
  for (const [g, n] of largest(groups, 20)) console.log(`${kb(n).toFixed(1).padStart(7)}  ${g}`);
  console.log(`\nNot counted: ${rest.length} chunks, ${kb(rest.reduce((a, c) => a + c.gzipBytes, 0)).toFixed(0)} KB gzip (lazy editor/graph, workers, noModule)`);
  console.log(rest.slice(0, top).map(row).join('\n'));
  const skipped = chunks.filter((c) => c.kind === 'nomodule');
  if (skipped.length > 0) console.log(`\nSkipped ${skipped.length} noModule script(s), ${kb(skipped.reduce((a, c) => a + c.gzipBytes, 0)).toFixed(1)} KB gzip: modern browsers do not fetch them.`);
  const mapped = chunks.some((c) => c.groups.length > 0);
  if (!mapped) console.log('\n(no source maps: build with ENTRYWAY_SOURCE_MAPS=1 to attribute modules; lazy chunks found by their text)');
  console.log(`\n${total <= TARGET_KB * 1024 ? '✓' : '✗'} first-route JS before the editor: ${kb(total).toFixed(1)} KB gzip in ${first.length} chunks (target ≤ ${TARGET_KB} KB; KB = 1024 B, zlib default level)`);
  const out = { machine: machine(), targetKb: TARGET_KB, firstRouteGzipBytes: total, firstRouteChunks: first.length, chunks: [...first, ...rest] };
  mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
  writeFileSync(join(import.meta.dirname, 'results', 'page-weight.json'), `${JSON.stringify(out, null, 2)}\n`);
}

// Run as a script (npx tsx bench/page-weight.ts), not when bench/browser.ts imports pageWeight.
if (process.argv[1]?.endsWith('page-weight.ts')) void main();
