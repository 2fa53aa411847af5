/** The studio's production build served for a browser benchmark: `next start` on a free port, building first if missing. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/** The build directory benchmarks serve: $BENCH_DIST_DIR, default .next-bench. */
export const benchDist = process.env.BENCH_DIST_DIR ?? '.next-bench';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Serve `dist` (built with `next build` when it has no BUILD_ID yet; `extraEnv` goes to that build). */
export async function startServer(dist = benchDist, extraEnv: Record<string, string> = {}): Promise<{ url: string; stop: () => void }> {
  const env = { ...process.env, NEXT_DIST_DIR: dist };
  if (!existsSync(join(root, dist, 'BUILD_ID'))) {
    console.log(`building into ${dist} (next build)…`);
    const b = spawnSync('npx', ['next', 'build'], { cwd: root, env: { ...env, ...extraEnv }, stdio: 'inherit' });
    // NOTE: next build with a custom distDir rewrites tsconfig.json's include list; the checkout undoes it
    spawnSync('git', ['checkout', '--', 'tsconfig.json'], { cwd: root, stdio: 'ignore' });
    if (b.status !== 0) throw new Error('next build failed');
  }
  const port = await freePort();
  const server = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(port)], { cwd: root, env, stdio: 'ignore', detached: true });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => process.kill(-server.pid!) };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  process.kill(-server.pid!);
  throw new Error('next start did not answer');
}
