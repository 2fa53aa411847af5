/** CliIO over Node's file system and standard streams. */
import { readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { sep } from 'node:path';
import type { CliIO } from './io';

async function readStdin(limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(buf);
    size += buf.length;
    // NOTE: stop at the limit instead of buffering an endless stream (`entryway validate - < /dev/zero`).
    if (size >= limit) break;
  }
  return Buffer.concat(chunks);
}

/**
 * Make `process.env` a plain object for the rest of this process (or worker thread). Node backs it with the
 * operating system's environment, so each read is a native call, and the `yaml` parser reads
 * `process.env.LOG_TOKENS` once per token: ~15 % of parsing mesh-1000. The CLI never changes its environment.
 */
export function plainEnvironment(): void {
  process.env = { ...process.env };
}

/** The real I/O of the `entryway` process (its environment becomes a plain object, see plainEnvironment). */
export function nodeIO(): CliIO {
  plainEnvironment();
  return {
    stat(path) {
      const st = statSync(path);
      return { type: st.isDirectory() ? 'directory' : st.isFile() ? 'file' : 'other', size: st.size };
    },
    readDir: (path) => readdirSync(path),
    realPath: (path) => realpathSync(path),
    readFile: (path) => readFileSync(path),
    readStdin,
    writeFile: (path, text) => writeFileSync(path, text),
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    // Keep the directory exactly as the user typed it ("./dir/" stays "./dir/"), so reports match their input.
    join: (dir, name) => (dir.endsWith(sep) || dir.endsWith('/') ? `${dir}${name}` : `${dir}${sep}${name}`),
  };
}
