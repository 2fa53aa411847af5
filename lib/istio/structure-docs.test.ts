import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

const read = (rel: string) => readFileSync(new URL(rel, import.meta.url), 'utf8');

it('documents every STR code the structure pass emits, and no other', () => {
  const source = ['./structure.ts', './structure-issues.ts'].map(read).join('\n');
  const emitted = [...new Set(source.match(/STR\d{3}/g))].sort();
  const docs = read('../../docs/diagnostics.md');
  const section = docs.slice(docs.indexOf('## Structure'), docs.indexOf('\n## ', docs.indexOf('## Structure') + 1));
  const documented = [...new Set(section.match(/^\| (STR\d{3}) \|/gm)?.map((row) => row.slice(2, 8)))].sort();
  expect(emitted.length).toBeGreaterThanOrEqual(11);
  expect(documented).toEqual(emitted);
});
