/** An in-memory CliIO for tests: a file tree, stdin, and captured stdout/stderr/written files. */
import type { CliIO } from '../io';

export type Tree = { [name: string]: string | Uint8Array | Tree | { link: string } | { unreadable: 'file' | 'dir' } };

export interface MemoryIO extends CliIO {
  out: string;
  err: string;
  written: Map<string, string>;
}

function errno(code: string): Error {
  return Object.assign(new Error(`${code}: failed`), { code });
}

/** A CliIO over `tree` (paths are `/`-separated, relative to its root); `stdin` is what `-` reads. */
export function memoryIO(tree: Tree, stdin: string | Uint8Array = ''): MemoryIO {
  const resolve = (path: string, hops = 0): { node: Tree[string]; real: string } => {
    let node: Tree[string] = tree;
    const real: string[] = [];
    for (const part of path.split('/').filter((p) => p !== '' && p !== '.')) {
      if (typeof node !== 'object' || node instanceof Uint8Array || 'link' in node || 'unreadable' in node) throw errno('ENOTDIR');
      const next: Tree[string] | undefined = (node as Tree)[part];
      if (next === undefined) throw errno('ENOENT');
      if (typeof next === 'object' && 'link' in next && !(next instanceof Uint8Array)) {
        if (hops > 20) throw errno('ELOOP');
        return resolve([(next as { link: string }).link, ...path.split('/').slice(real.length + 1)].join('/'), hops + 1);
      }
      real.push(part);
      node = next;
    }
    return { node, real: real.join('/') };
  };
  const isDir = (n: Tree[string]) => typeof n === 'object' && !(n instanceof Uint8Array) && !('link' in n) && !('unreadable' in n);
  const io: MemoryIO = {
    out: '',
    err: '',
    written: new Map(),
    stat(path) {
      const { node } = resolve(path);
      if (isDir(node)) return { type: 'directory', size: 0 };
      if (typeof node === 'object' && 'unreadable' in node) return { type: node.unreadable === 'dir' ? 'directory' : 'file', size: 1 };
      const size = typeof node === 'string' ? new TextEncoder().encode(node).length : node instanceof Uint8Array ? node.length : 0;
      return { type: 'file', size };
    },
    readDir(path) {
      const { node } = resolve(path);
      if (typeof node === 'object' && 'unreadable' in node) throw errno('EACCES');
      if (!isDir(node)) throw errno('ENOTDIR');
      return Object.keys(node as Tree);
    },
    realPath: (path) => resolve(path).real,
    readFile(path) {
      const { node } = resolve(path);
      if (typeof node === 'string') return new TextEncoder().encode(node);
      if (node instanceof Uint8Array) return node;
      throw errno('unreadable' in node ? 'EACCES' : 'EISDIR');
    },
    readStdin: async (limit) => (typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin).slice(0, limit),
    writeFile(path, text) {
      if (path.startsWith('/readonly/')) throw errno('EACCES');
      io.written.set(path, text);
    },
    stdout: (text) => void (io.out += text),
    stderr: (text) => void (io.err += text),
    join: (dir, name) => (dir.endsWith('/') ? `${dir}${name}` : `${dir}/${name}`),
  };
  return io;
}
