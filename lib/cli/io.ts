/** The I/O the CLI needs, as an interface, so commands run in-process in tests with a fake file system. */

export type EntryType = 'file' | 'directory' | 'other';

export interface CliIO {
  /** Type and size of a path (symlinks followed); throws a Node-style error (with `code`) when it cannot. */
  stat(path: string): { type: EntryType; size: number };
  /** Names in a directory; throws when it cannot be read. */
  readDir(path: string): string[];
  /** Real path, to detect directory cycles through symlinks. */
  realPath(path: string): string;
  readFile(path: string): Uint8Array;
  /** Read stdin; stops after `limit` bytes (the caller reports the overflow). */
  readStdin(limit: number): Promise<Uint8Array>;
  writeFile(path: string, text: string): void;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Joins a directory and a name the way the platform does (for `file` as "the path joined as found"). */
  join(dir: string, name: string): string;
}

/** An I/O failure the CLI reports as one line with exit code 2. */
export class CliError extends Error {}

/** `ENOENT: no such file…` → a short reason. */
export function describeIoError(e: unknown): string {
  const err = e as { code?: unknown; message?: unknown };
  const reasons: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'is a directory',
    ENOTDIR: 'not a directory',
    ELOOP: 'too many symbolic links',
    EMFILE: 'too many open files',
  };
  if (typeof err?.code === 'string' && reasons[err.code]) return reasons[err.code]!;
  return typeof err?.message === 'string' ? err.message.split('\n')[0]! : String(e);
}
