import { describe, expect, test } from 'vitest';
import { appendDocuments } from './append';

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
});
