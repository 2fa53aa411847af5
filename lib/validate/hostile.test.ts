/**
 * Hostile input through every pure entry point the studio and CLI use: each gets a located diagnostic (or a clear
 * refusal) in bounded time, nothing throws, and nothing reaches Object.prototype.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../core/diagnostic';
import { exportWorkspace, splitResources, toKubernetesList } from '../export';
import { deriveGraph } from '../graph/derive';
import { convertApiVersion } from '../istio/versions';
import { analyzeForStudio } from '../workspace/analysis';
import { appendDocuments } from '../workspace/append';
import { formatWorkspace } from '../workspace/format';
import { MAX_IMPORT_CHARS, planImport } from '../workspace/import-plan';
import { applyEdit } from '../yaml/edit';
import { analyzeText, validateText } from './index';

const se = (extra = '', spec = '') => `apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: httpbin${extra}
spec:
  hosts: [httpbin.org]
  ports:
  - number: 80
    name: http
    protocol: HTTP
  resolution: DNS${spec}
`;

function laughs(levels: number): string {
  const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < levels; i++) lines.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
  return lines.join('\n');
}

const N = 200_000;
interface Case {
  text: string;
  /** Code expected among the diagnostics, at `line` when given. */
  code: string;
  line?: number;
}
const cases: Record<string, Case> = {
  'a syntax error': { text: `${se()}---\nspec:\n  hosts: [a\n  b: }`, code: 'YAML001' },
  'an alias bomb': { text: laughs(10), code: 'YAML004', line: 1 },
  'an alias bomb inside a resource': { text: se('', `\n  x: &x [1,2,3,4,5,6,7,8,9,10]\n${laughs(8).replace(/^/gm, '  ')}`), code: 'YAML004' },
  '200,000 nested flow sequences': { text: '['.repeat(N) + ']'.repeat(N), code: 'YAML007', line: 1 },
  '200,000 compact block sequences': { text: `${'- '.repeat(N)}a`, code: 'YAML007', line: 1 },
  '200,000 nested flow maps': { text: '{a: '.repeat(N) + '}'.repeat(N), code: 'YAML007', line: 1 },
  'deep block maps': { text: Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n'), code: 'YAML007', line: 257 },
  'binary bytes': { text: se().replace('httpbin.org', 'http\u0000bin\u0007.org'), code: 'YAML008', line: 6 },
  'an unpaired surrogate': { text: se('\uD800'), code: 'YAML008', line: 4 },
  'non-UTF-8 bytes decoded as U+FFFD': { text: se('\uFFFD'), code: 'YAML008', line: 4 },
  'a sequence document': { text: '- a\n- b\n', code: 'YAML005', line: 1 },
  'a scalar document': { text: `${se()}---\n42\n`, code: 'YAML005', line: 13 },
  'duplicate keys': { text: `${se()}kind: Gateway\n`, code: 'YAML002', line: 12 },
  'an unknown kind': { text: 'apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n', code: 'YAML006', line: 1 },
  'an unknown field': { text: se('', '\n  bogus: 1'), code: 'STR004', line: 12 },
  'port: 1e400': { text: se().replace('number: 80', 'number: 1e400'), code: 'STR001', line: 8 },
  'port: 99999999999999999999999': { text: se().replace('number: 80', 'number: 99999999999999999999999'), code: 'SE032', line: 8 },
};

const pollution = `${se('\n  __proto__: {polluted: metadata}\n  labels: {__proto__: {polluted: label}, constructor: {prototype: {polluted: ctor}}}', '\n  __proto__:\n    polluted: spec\n  constructor:\n    prototype:\n      polluted: spec')}__proto__:\n  polluted: top\nconstructor:\n  prototype:\n    polluted: top\n`;

/** Budget per call: generous for a shared, loaded machine, far below the seconds the unguarded parser took. */
const BUDGET_MS = 4000;

function timed<T>(f: () => T): T {
  const t0 = performance.now();
  const out = f();
  expect(performance.now() - t0).toBeLessThan(BUDGET_MS);
  return out;
}

function expectLocated(ds: readonly Diagnostic[], text: string) {
  const lines = text.split('\n').length;
  for (const d of ds) {
    expect(d.range.line).toBeGreaterThanOrEqual(1);
    expect(d.range.line).toBeLessThanOrEqual(lines);
    expect(d.range.column).toBeGreaterThanOrEqual(1);
    expect(d.message.length).toBeGreaterThan(0);
    expect(d.message).not.toMatch(/\n|at .*\.(ts|js):\d+/);
  }
}

describe('hostile input', () => {
  afterAll(() => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  });

  for (const [name, c] of Object.entries(cases)) {
    it(`${name}: ${c.code} with its location, in bounded time, from every entry point`, () => {
      const validated = timed(() => validateText(c.text)).diagnostics;
      const analyzed = timed(() => analyzeText(c.text));
      for (const ds of [validated, analyzed.diagnostics]) {
        const hit = ds.find((d) => d.code === c.code);
        expect(hit, JSON.stringify(ds.map((d) => d.code))).toBeDefined();
        if (c.line !== undefined) expect(hit!.range.line).toBe(c.line);
        expectLocated(ds, c.text);
      }
      const studio = timed(() => analyzeForStudio(c.text, 1));
      expect(studio.diagnostics.some((d) => d.code === 'EW000')).toBe(false);

      // Import: what cannot be read is skipped with a reason, never imported.
      const plan = timed(() => planImport(c.text));
      if (c.code === 'YAML004' || c.code === 'YAML007') expect(plan.imported).toEqual([]);
      // Appending never changes the documents already in the workspace.
      const appended = timed(() => appendDocuments(se(), c.text));
      expect(appended.text.startsWith(se().trimEnd())).toBe(true);
      expect(appended.firstDocument).toBe(1);

      timed(() => formatWorkspace(c.text));
      const converted = timed(() => convertApiVersion(c.text, 'v1beta1'));
      if (!converted.ok) expect(converted.text).toBe(c.text);
      const edited = timed(() => applyEdit(c.text, { op: 'set', document: 0, path: ['metadata', 'name'], value: 'x' }));
      if (c.code === 'YAML007') expect(edited).toMatchObject({ ok: false, message: expect.stringMatching(/nests deeper than 256 levels/) });
      timed(() => deriveGraph(analyzed.workspace.resources, analyzed.diagnostics));

      // Export: a located diagnostic or a refusal, and nothing of the text is dropped by the zip split.
      const exported = timed(() => exportWorkspace(c.text, { apiVersion: 'v1' }));
      expect(exported.diagnostics.some((d) => d.code === c.code)).toBe(true);
      const list = timed(() => toKubernetesList(c.text));
      if (c.code === 'YAML007') expect(list).toEqual({ ok: false, message: 'the YAML nests deeper than 256 levels' });
      const files = timed(() => splitResources(c.text));
      if (c.code === 'YAML007') expect(files).toEqual([{ path: 'workspace.yaml', text: c.text.endsWith('\n') ? c.text : `${c.text}\n` }]);
      else expect(files.length).toBeGreaterThan(0);
    });
  }

  it('YAML007 puts the forms in read-only mode', () => {
    expect(analyzeForStudio('['.repeat(N), 1).yamlBroken).toBe(true);
  });

  it('__proto__, constructor and prototype keys are data: reported, never assigned to a prototype', () => {
    const { workspace, diagnostics } = analyzeText(pollution);
    const r = workspace.resources[0]!;
    expect(Object.getPrototypeOf(r.metadata)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(r.spec)).toBe(Object.prototype);
    expect(Object.hasOwn(r.metadata, '__proto__')).toBe(true);
    expect(r.extraKeys).toEqual(['__proto__', 'constructor']);
    expect(diagnostics.filter((d) => d.code === 'STR004').map((d) => d.range.line)).toEqual([5, 14, 16, 19, 21]);
    expectLocated(diagnostics, pollution);

    const plan = planImport(pollution);
    expect(plan.imported).toHaveLength(1);
    deriveGraph(workspace.resources, diagnostics);
    convertApiVersion(pollution, 'v1alpha3');
    formatWorkspace(pollution);
    for (const path of [['metadata', '__proto__', 'polluted'], ['spec', 'constructor', 'prototype', 'polluted'], ['__proto__', 'x']]) {
      const e = applyEdit(pollution, { op: 'set', document: 0, path, value: 'yes' });
      expect(e.ok).toBe(true);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  });

  it('a 20 MB paste into the import dialog is refused at once, with a reason', () => {
    const big = se().repeat(Math.ceil((20 * 1024 * 1024) / se().length));
    const plan = timed(() => planImport(big));
    expect(big.length).toBeGreaterThan(MAX_IMPORT_CHARS);
    expect(plan).toMatchObject({ imported: [], text: '', skipped: [{ label: 'the whole text', line: 1, reason: expect.stringMatching(/^the text is 20 MB; import takes up to 2 MB/) }] });
  });
});
