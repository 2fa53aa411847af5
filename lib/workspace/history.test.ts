import { describe, expect, test } from 'vitest';
import { createHistory } from './history';

describe('history', () => {
  test('a typing burst is one undo step; a pause starts a new one', () => {
    const h = createHistory({ coalesceMs: 1000 });
    h.record('', 'editor', 0);
    h.record('a', 'editor', 300);
    h.record('ab', 'editor', 600);
    h.record('abc', 'editor', 5000);
    expect(h.undo('abcd')).toBe('abc');
    expect(h.undo('abc')).toBe('');
    expect(h.undo('')).toBeNull();
  });
  test('form edits never coalesce with typing or each other', () => {
    const h = createHistory();
    h.record('a', 'editor', 0);
    h.record('ab', 'form', 10);
    h.record('abc', 'form', 20);
    h.record('abcd', 'editor', 30);
    expect([h.undo('abcde'), h.undo('abcd'), h.undo('abc'), h.undo('ab')]).toEqual(['abcd', 'abc', 'ab', 'a']);
  });
  test('redo goes forward and a new change clears it', () => {
    const h = createHistory();
    h.record('one', 'form', 0);
    expect(h.undo('two')).toBe('one');
    expect(h.canRedo()).toBe(true);
    expect(h.redo('one')).toBe('two');
    expect(h.undo('two')).toBe('one');
    h.record('one', 'editor', 10);
    expect(h.canRedo()).toBe(false);
  });
  test('typing after an undo starts a new step', () => {
    const h = createHistory();
    h.record('a', 'editor', 0);
    h.undo('ab');
    h.record('a', 'editor', 10);
    expect(h.undo('ax')).toBe('a');
  });
  test('seal ends a burst', () => {
    const h = createHistory();
    h.record('a', 'editor', 0);
    h.seal();
    h.record('ab', 'editor', 10);
    expect(h.undo('abc')).toBe('ab');
  });
  test('forgets the oldest steps beyond the limit', () => {
    const h = createHistory({ limit: 2 });
    h.record('1', 'form', 0);
    h.record('2', 'form', 0);
    h.record('3', 'form', 0);
    expect(h.undo('4')).toBe('3');
    expect(h.undo('3')).toBe('2');
    expect(h.undo('2')).toBeNull();
  });
});
