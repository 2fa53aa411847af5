import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyListDelta, encodeListDelta, sameItems } from './list-delta';

const pool = Array.from({ length: 12 }, (_, i) => ({ id: i }));

describe('list deltas', () => {
  it('rebuild any next list from any previous one, keeping the receiver’s objects for items it holds', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(11), { maxLength: 40 }), fc.array(fc.nat(11), { maxLength: 40 }), (a, b) => {
        const prev = a.map((i) => pool[i]!);
        const next = b.map((i) => pool[i]!);
        // the receiver holds its own copies (what a structured clone gives it)
        const theirs = prev.map((x) => ({ ...x }));
        const delta = encodeListDelta(prev, next);
        const out = applyListDelta(theirs, structuredClone(delta))!;
        expect(out).toEqual(next);
        const held = new Set(theirs);
        next.forEach((x, i) => expect(held.has(out[i]!)).toBe(prev.includes(x)));
        expect(delta.items.length).toBe(next.filter((x) => !prev.includes(x)).length);
      }),
    );
  });

  it('sends only what changed: one edited item in a long list is one new item and two runs', () => {
    const prev = Array.from({ length: 1000 }, (_, i) => ({ i }));
    const next = [...prev];
    next[500] = { i: -1 };
    const delta = encodeListDelta(prev, next);
    expect(delta.items).toEqual([{ i: -1 }]);
    expect(delta.ops).toEqual([0, 500, -1, 1, 501, 499]);
    expect(encodeListDelta(prev, prev).ops).toEqual([0, 1000]);
  });

  it('matches by a content key when identities do not survive (objects rebuilt each time)', () => {
    const prev = [{ a: 1 }, { a: 2 }];
    const delta = encodeListDelta(prev, [{ a: 2 }, { a: 3 }], (x) => JSON.stringify(x));
    expect(delta.ops).toEqual([1, 1, -1, 1]);
    const out = applyListDelta(prev, delta)!;
    expect(out[0]).toBe(prev[1]);
    expect(out[1]).toEqual({ a: 3 });
  });

  it('refuses a delta made for another copy instead of building a wrong list', () => {
    const delta = encodeListDelta([1, 2, 3], [3, 2, 1]);
    expect(applyListDelta([1, 2], delta)).toBeNull();
    expect(applyListDelta(null, delta)).toBeNull();
    expect(applyListDelta(null, encodeListDelta(null, [1, 2]))).toEqual([1, 2]);
    expect(applyListDelta([1, 2, 3], { base: 3, ops: [2, 5], items: [] })).toBeNull();
    expect(applyListDelta([1, 2, 3], { base: 3, ops: [-1, 1], items: [] })).toBeNull();
  });

  it('sameItems compares by identity and order', () => {
    const x = { a: 1 };
    expect(sameItems([x], [x])).toBe(true);
    expect(sameItems([x], [{ a: 1 }])).toBe(false);
    expect(sameItems([x, x], [x])).toBe(false);
    expect(sameItems(undefined, [])).toBe(false);
  });
});
