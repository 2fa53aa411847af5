import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { appendDocuments } from './append';

/** What a full parse says: the index of the first document that starts at or after the appended text. */
function parsedFirst(text: string, offset: number): number {
  const docs = parseAllDocuments(text) as unknown as { range: number[] }[];
  const i = docs.findIndex((d) => d.range[0]! >= offset);
  return i === -1 ? Math.max(0, docs.length - 1) : i;
}

describe('appendDocuments', () => {
  test('appends after the existing documents and points at the first new one', () => {
    const r = appendDocuments('a: 1\n---\nb: 2\n', 'c: 3\n---\nd: 4');
    expect(r.text).toBe('a: 1\n---\nb: 2\n---\nc: 3\n---\nd: 4\n');
    expect(r.firstDocument).toBe(2);
  });
  test('into an empty workspace', () => {
    expect(appendDocuments('  \n', 'c: 3')).toEqual({ text: 'c: 3\n', firstDocument: 0 });
  });
  test('a trailing empty document or a leading marker adds no empty document', () => {
    const r = appendDocuments('a: 1\n---\n', '---\nc: 3\n');
    expect(r.text).toBe('a: 1\n---\nc: 3\n');
    expect(r.firstDocument).toBe(1);
  });
  test('keeps trailing comments of the current text', () => {
    const r = appendDocuments('a: 1 # keep\n# tail\n', 'c: 3');
    expect(r.text.startsWith('a: 1 # keep\n# tail\n---\n')).toBe(true);
    expect(r.firstDocument).toBe(1);
  });
  test('counts documents without parsing, the same as a full parse, on every seed and odd shapes', () => {
    const seeds = readdirSync('fixtures/examples').flatMap((d) => readdirSync(`fixtures/examples/${d}`).filter((f) => f.endsWith('.yaml')).map((f) => readFileSync(`fixtures/examples/${d}/${f}`, 'utf8')));
    const odd = ['# only a comment', 'a: 1\n---\n# comment only', 'a: |\n  x\n  y\n---\nb: 2', '--- a: 1', 'a: 1\n...\nb: 2', '%YAML 1.2\n---\na: 1\n---\nb: 2', 'a: 1\n---\n---\nb: 2'];
    for (const current of [...seeds, ...odd]) {
      const r = appendDocuments(current, 'kind: X\n---\nkind: Y');
      expect(r.firstDocument, current.slice(0, 40)).toBe(parsedFirst(r.text, r.text.lastIndexOf('---\nkind: X')));
    }
  });
});
