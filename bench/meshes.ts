/** Generated meshes for the benchmarks: `bench/.data/mesh-N.yaml`, written by the vendored generator on first use. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const DATA_DIR = join(here, '.data');

/** Path of mesh-`n` (seed 42, networking.istio.io/v1), generating it if missing. */
export function meshPath(n: number): string {
  const file = join(DATA_DIR, `mesh-${n}.yaml`);
  if (!existsSync(file)) {
    mkdirSync(DATA_DIR, { recursive: true });
    const out = execFileSync(process.execPath, [join(here, 'corpus', 'generate.mjs'), String(n)], { maxBuffer: 1 << 28 });
    writeFileSync(file, out);
  }
  return file;
}

/** Text of mesh-`n`. */
export function meshText(n: number): string {
  return readFileSync(meshPath(n), 'utf8');
}
