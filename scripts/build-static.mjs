#!/usr/bin/env node
// `npm run build:static`: a static export of the studio in out/ (or $STATIC_OUT_DIR), servable by any static web
// server and usable offline. See docs/static-hosting.md for serving it and for the headers the server should send.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const outDir = process.env.STATIC_OUT_DIR || 'out';
const env = { ...process.env, STATIC_EXPORT: '1', NEXT_TELEMETRY_DISABLED: '1' };
const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env });
if (build.status !== 0) process.exit(build.status ?? 1);

/** Every file under `dir`, recursively. */
function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

const index = join(outDir, 'index.html');
if (!existsSync(index)) {
  console.error(`build:static: ${index} is missing; the export did not run.`);
  process.exit(1);
}
// Offline means no asset from elsewhere: fail when a page or stylesheet loads one. (Scripts are not scanned:
// @monaco-editor/loader carries a CDN default that Entryway overrides; the e2e check watches real requests.)
const remote = /(?:src|href)=["']https?:\/\/|url\(["']?https?:\/\//;
const offenders = files(outDir).filter((f) => /\.(html|css)$/.test(f) && remote.test(readFileSync(f, 'utf8')));
if (offenders.length > 0) {
  console.error(`build:static: remote assets referenced in:\n  ${offenders.join('\n  ')}`);
  process.exit(1);
}
const total = files(outDir).reduce((n, f) => n + statSync(f).size, 0);
console.log(`\nbuild:static: ${outDir}/ is ready (${(total / 1024 / 1024).toFixed(1)} MB). Serve it with e.g.\n  python3 -m http.server -d ${outDir} 8080\nand open http://127.0.0.1:8080/ — see docs/static-hosting.md for the security headers.`);
