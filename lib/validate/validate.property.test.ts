import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { Diagnostic } from '../core/diagnostic';
import { listExamples } from '../examples';
import { awkwardString, resourceArb } from '../testing/arbitraries';
import { parseWorkspace } from '../yaml/parse';
import { analyzeText, validateText } from './index';

const RUNS = { numRuns: 150 };

/** Code, document and path: what must not change when a text is only re-printed. */
const keyOf = (ds: readonly Diagnostic[]) => ds.map((d) => `${d.document} ${d.code} ${d.path}`).sort();

function expectInside(ds: readonly Diagnostic[], text: string) {
  const lines = text.split('\n');
  for (const d of ds) {
    expect(d.range.line).toBeGreaterThanOrEqual(1);
    expect(d.range.endLine).toBeLessThanOrEqual(lines.length);
    expect(d.range.column).toBeGreaterThanOrEqual(1);
    expect(d.range.endColumn).toBeLessThanOrEqual(lines[d.range.endLine - 1]!.length + 2);
  }
}

describe('properties of parse and validation', () => {
  it('parse → print → parse is the identity on generated valid resources', () => {
    fc.assert(
      fc.property(fc.array(resourceArb(), { minLength: 1, maxLength: 4 }), (resources) => {
        const text = resources.map((r) => stringify(r)).join('---\n');
        const first = validateText(text);
        // The generator makes structurally valid resources: a structure or YAML finding is a generator bug.
        expect(first.diagnostics.filter((d) => d.source === 'yaml' || d.source === 'structure')).toEqual([]);
        expect(first.workspace.resources.map(({ apiVersion, kind, metadata, spec }) => ({ apiVersion, kind, metadata, spec }))).toEqual(resources);

        const printed = first.workspace.documents.map((d) => d.doc.toString()).join('');
        const second = validateText(printed);
        expect(second.workspace.resources.map((r) => [r.kind, r.metadata, r.spec])).toEqual(first.workspace.resources.map((r) => [r.kind, r.metadata, r.spec]));
        expect(keyOf(second.diagnostics)).toEqual(keyOf(first.diagnostics));
      }),
      RUNS,
    );
  });

  it('validateText and analyzeText never throw on arbitrary text, and every range lies inside it', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.string({ unit: fc.constantFrom('a', ':', ' ', '\n', '-', '[', ']', '{', '}', ',', '"', "'", '&', '*', '!', '#', '|', '>', '?', '%', '@', '\t', 'kind', 'spec', '---'), maxLength: 120 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        expectInside(validateText(t).diagnostics, t);
        expectInside(analyzeText(t).diagnostics, t);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on mutated seed examples (cut, insert, duplicate or swap lines, awkward strings)', () => {
    const seeds = listExamples().map((e) => e.texts.v1beta1);
    const mutation = fc.oneof(
      fc.record({ op: fc.constant('cut' as const), at: fc.nat(), len: fc.nat({ max: 40 }) }),
      fc.record({ op: fc.constant('insert' as const), at: fc.nat(), s: awkwardString }),
      fc.record({ op: fc.constant('dup' as const), at: fc.nat() }),
      fc.record({ op: fc.constant('swap' as const), at: fc.nat(), to: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 5 }), (seed, ms) => {
        let t = seed;
        for (const m of ms) {
          const lines = t.split('\n');
          const i = m.at % Math.max(1, t.length);
          if (m.op === 'cut') t = t.slice(0, i) + t.slice(i + m.len);
          else if (m.op === 'insert') t = t.slice(0, i) + m.s + t.slice(i);
          else {
            const a = m.at % lines.length;
            if (m.op === 'dup') lines.splice(a, 0, lines[a]!);
            else [lines[a], lines[m.to % lines.length]] = [lines[m.to % lines.length]!, lines[a]!];
            t = lines.join('\n');
          }
        }
        const r = analyzeText(t);
        expectInside(r.diagnostics, t);
        expect(parseWorkspace(t).documents.length).toBe(r.workspace.documents.length);
      }),
      { numRuns: 200 },
    );
  });
});
