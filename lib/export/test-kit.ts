/** Helpers of the export tests: plain data of YAML text, its comments, and the real-world corpus. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Lexer, parseAllDocuments } from 'yaml';

/** The documents of `text` as plain data (aliases expanded), empty documents dropped. */
export function dataOf(text: string): unknown[] {
  return parseAllDocuments(text)
    .map((d) => d.toJS({ maxAliasCount: 1000 }) as unknown)
    .filter((v) => v !== null);
}

/** Every comment of `text`, as the lexer sees it. */
export function commentsOf(text: string): string[] {
  return [...new Lexer().lex(text)].filter((t) => t.startsWith('#'));
}

const REALWORLD = join(__dirname, '..', '..', 'fixtures', 'realworld');

/** The 200 real-world configurations of fixtures/realworld, as [file, text]. */
export function realWorld(): [string, string][] {
  return readdirSync(REALWORLD)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => [f, readFileSync(join(REALWORLD, f), 'utf8')]);
}
