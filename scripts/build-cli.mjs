#!/usr/bin/env node
// Bundles the CLI (bin/entryway.ts and the lib/ it imports) into one ES module with esbuild, so `entryway`
// starts without a TypeScript loader. bin/entryway.mjs runs the bundle and rebuilds it when a source changed.
//   node scripts/build-cli.mjs        build (prints where)
import { mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// NOTE: under node_modules/.cache so the build output is ignored by git without touching .gitignore.
export const bundlePath = join(root, 'node_modules/.cache/entryway/cli.mjs');
export const manifestPath = `${bundlePath}.inputs.json`;

/** Build the bundle and a manifest of its own source files (relative paths), written atomically. */
export async function buildCli() {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [join(root, 'bin/entryway.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    metafile: true,
    minifyWhitespace: true,
    legalComments: 'none',
    logLevel: 'silent',
    // Some bundled CommonJS dependencies call require() for Node built-ins; give the ES module one.
    banner: { js: "import { createRequire as __entrywayRequire } from 'node:module'; const require = __entrywayRequire(import.meta.url);" },
    // NOTE: tsconfig's "@/*" alias is resolved by esbuild from tsconfig.json; lib/ uses relative imports anyway.
    tsconfig: join(root, 'tsconfig.json'),
  });
  const sources = Object.keys(result.metafile.inputs)
    .map((p) => relative(root, join(root, p)))
    .filter((p) => !p.startsWith('node_modules'));
  mkdirSync(dirname(bundlePath), { recursive: true });
  const tmp = `${bundlePath}.${process.pid}.tmp`;
  writeFileSync(tmp, result.outputFiles[0].contents);
  writeFileSync(`${manifestPath}.${process.pid}.tmp`, JSON.stringify({ sources: [...sources, 'package-lock.json'] }));
  renameSync(`${manifestPath}.${process.pid}.tmp`, manifestPath);
  renameSync(tmp, bundlePath);
  return bundlePath;
}

/** Whether the bundle exists and is newer than every source it was built from. */
export function isFresh(sources) {
  let built;
  try {
    built = statSync(bundlePath).mtimeMs;
  } catch {
    return false;
  }
  return sources.every((p) => {
    try {
      return statSync(join(root, p)).mtimeMs <= built;
    } catch {
      return false;
    }
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildCli().then(
    (p) => console.log(`built ${relative(process.cwd(), p)}`),
    (e) => {
      console.error(`build-cli: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
      process.exit(1);
    },
  );
}
