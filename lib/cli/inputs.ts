/** Collect the CLI's inputs: files, directories (recursively *.yaml / *.yml, sorted) and `-` for stdin. */
import type { Diagnostic } from '../core/diagnostic';
import { MAX_NESTING, tooDeep } from './depth';
import { CliError, describeIoError, type CliIO } from './io';

/** Files above this size are not read: a diagnostic says so (bounded time and memory on hostile input). */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

export interface Input {
  /** As given on the command line, or joined from a directory given there; `-` for stdin. */
  file: string;
  /** The text, or undefined when the file cannot be checked (see `problem`). */
  text?: string;
  /** Why the file cannot be checked: not UTF-8 text (IO001), too large (IO002) or nested too deep (IO003). */
  problem?: Diagnostic;
}

const YAML_FILE = /\.ya?ml$/i;

function problem(code: string, message: string): Diagnostic {
  return { severity: 'error', code, message, path: '', range: { line: 1, column: 1, endLine: 1, endColumn: 2 }, document: 0, source: 'yaml' };
}

/**
 * Bytes → text, or a problem: IO001 when they are not UTF-8 text (NUL bytes or invalid sequences), IO003 when
 * the YAML nests too deep to check safely. A BOM is dropped.
 */
export function decodeText(bytes: Uint8Array): { text: string } | { problem: Diagnostic } {
  const binary = () => ({ problem: problem('IO001', 'file is not UTF-8 text') });
  if (bytes.includes(0)) return binary();
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return binary();
  }
  if (tooDeep(text)) return { problem: problem('IO003', `nesting deeper than ${MAX_NESTING} levels; not checked`) };
  return { text };
}

function tooLarge(limit: number): Diagnostic {
  const size = limit >= 1024 * 1024 ? `${Math.round(limit / 1024 / 1024)} MB` : `${limit} bytes`;
  return problem('IO002', `file is larger than ${size}; not checked`);
}

/** Read every input in command-line order, each file once; unreadable paths throw CliError (exit 2). */
export async function readInputs(paths: readonly string[], io: CliIO, limit = MAX_INPUT_BYTES): Promise<Input[]> {
  const out: Input[] = [];
  const seen = new Set<string>();
  // NOTE: a file named twice (or inside a directory also given) is read once, so analysis sees no false duplicates.
  const push = (input: Input) => {
    if (!seen.has(input.file)) out.push(input);
    seen.add(input.file);
  };
  let stdinUsed = false;
  for (const path of paths) {
    if (path === '-') {
      if (stdinUsed) throw new CliError('stdin (-) given more than once');
      stdinUsed = true;
      const bytes = await io.readStdin(limit + 1);
      push(bytes.length > limit ? { file: '-', problem: tooLarge(limit) } : { file: '-', ...decodeText(bytes) });
      continue;
    }
    const st = statOrFail(io, path);
    if (st.type === 'directory') {
      for (const file of walk(io, path, new Set())) if (!seen.has(file)) push(readOne(io, file, limit));
    } else if (!seen.has(path)) push(readOne(io, path, limit, st.size));
  }
  return out;
}

function statOrFail(io: CliIO, path: string) {
  try {
    return io.stat(path);
  } catch (e) {
    throw new CliError(`cannot read ${path}: ${describeIoError(e)}`);
  }
}

function readOne(io: CliIO, file: string, limit: number, size = statOrFail(io, file).size): Input {
  if (size > limit) return { file, problem: tooLarge(limit) };
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(file);
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${describeIoError(e)}`);
  }
  // NOTE: a file can grow between stat and read (or report size 0, like /proc files); check again.
  if (bytes.length > limit) return { file, problem: tooLarge(limit) };
  return { file, ...decodeText(bytes) };
}

/** YAML files under `dir`, depth first, names sorted by code point; symlinked directory cycles are cut. */
function walk(io: CliIO, dir: string, seen: Set<string>): string[] {
  let real: string;
  let names: string[];
  try {
    real = io.realPath(dir);
    if (seen.has(real)) return [];
    seen.add(real);
    names = io.readDir(dir);
  } catch (e) {
    throw new CliError(`cannot read ${dir}: ${describeIoError(e)}`);
  }
  const files: string[] = [];
  for (const name of [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const path = io.join(dir, name);
    let st: ReturnType<CliIO['stat']>;
    try {
      st = io.stat(path);
    } catch (e) {
      // A dangling link named like a YAML file is an input we cannot read; anything else is not ours.
      if (YAML_FILE.test(name)) throw new CliError(`cannot read ${path}: ${describeIoError(e)}`);
      continue;
    }
    if (st.type === 'directory') files.push(...walk(io, path, seen));
    else if (st.type === 'file' && YAML_FILE.test(name)) files.push(path);
  }
  return files;
}
