#!/usr/bin/env node
// Fast entry of the `entryway` CLI: runs the esbuild bundle of bin/entryway.ts, rebuilding it first when any
// of its sources changed (or it is missing). Without esbuild (a production install) it runs the TypeScript
// entry through tsx instead.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'node_modules/.cache/entryway/cli.mjs');

function fresh() {
  try {
    const built = statSync(bundle).mtimeMs;
    const { sources } = JSON.parse(readFileSync(`${bundle}.inputs.json`, 'utf8'));
    return sources.every((p) => statSync(join(root, p)).mtimeMs <= built);
  } catch {
    return false;
  }
}

async function main() {
  if (!fresh()) {
    try {
      const { buildCli } = await import('../scripts/build-cli.mjs');
      await buildCli();
    } catch {
      // No esbuild, or the build failed: the TypeScript entry still works (slower start).
      const { register } = await import('tsx/esm/api');
      register();
      await import(pathToFileURL(join(root, 'bin/entryway.ts')).href);
      return;
    }
  }
  await import(pathToFileURL(bundle).href);
}

main().catch((e) => {
  process.stderr.write(`entryway: internal error: ${e instanceof Error ? e.message.split('\n')[0] : e}\n`);
  process.exitCode = 2;
});
