import { describe, expect, it } from 'vitest';
import { validateText } from '../validate';
import { combineTexts, splitDiagnostics } from './combine';

// Each file has problems in known places, and starts or ends the way files do in practice.
const files = [
  { file: 'a.yaml', text: '# header\napiVersion: v1\nkind: Service\n---\nfoo: [1, 2\n' },
  { file: 'empty.yaml', text: '' },
  { file: 'comments.yaml', text: '# nothing but a comment' },
  { file: 'b.yaml', text: '# about b\n---\n---\na: 1\na: 2\n...\n%YAML 1.2\n---\n- not a mapping\n' },
  { file: 'c.yaml', text: 'x: "unterminated\n' },
];

describe('combineTexts / splitDiagnostics', () => {
  it('reports every diagnostic at the file, document and line the file alone gives', () => {
    const combined = combineTexts(files);
    const { workspace, diagnostics } = validateText(combined.text);
    const mapped = splitDiagnostics(combined, workspace, diagnostics);
    const alone = files.flatMap(({ file, text }) => validateText(text).diagnostics.map((diagnostic) => ({ file, diagnostic })));
    const key = (x: { file: string; diagnostic: { code: string; document: number; range: object } }) => [x.file, x.diagnostic.code, x.diagnostic.document, x.diagnostic.range];
    expect(alone.length).toBeGreaterThanOrEqual(5);
    expect(mapped.map(key)).toEqual(alone.map(key));
  });

  it('keeps each file on its own lines, separated by document-end markers', () => {
    const c = combineTexts([{ file: 'x', text: 'a: 1' }, { file: 'y', text: 'b: 2\n' }]);
    expect(c.text).toBe('a: 1\n...\nb: 2\n');
    expect(c.segments).toEqual([{ file: 'x', start: 0, lineOffset: 0, lines: 1 }, { file: 'y', start: 9, lineOffset: 2, lines: 1 }]);
  });
});
