import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, type Document } from 'yaml';
import { compareDiagnostics } from '../core/diagnostic';
import { findTooDeep } from './depth';
import { parseChunk, parseOptions, parseWorkspace, readDocument, splitDocuments, type ParsedWorkspace } from './parse';
import { readPlain } from './plain-value';

const root = new URL('../../fixtures/', import.meta.url);

function corpus(): string[] {
  const out: string[] = [];
  for (const f of readdirSync(new URL('realworld/', root))) if (f.endsWith('.yaml')) out.push(readFileSync(new URL(`realworld/${f}`, root), 'utf8'));
  for (const d of readdirSync(new URL('examples/', root), { withFileTypes: true })) {
    if (!d.isDirectory()) continue;
    for (const f of readdirSync(new URL(`examples/${d.name}/`, root))) if (f.endsWith('.yaml')) out.push(readFileSync(new URL(`examples/${d.name}/${f}`, root), 'utf8'));
  }
  const cases = JSON.parse(readFileSync(new URL('conformance/istio-validation.json', root), 'utf8')) as { yaml: string }[];
  for (const c of cases) out.push(c.yaml);
  return out;
}

const crafted = [
  'a: 1\nb: 2\na: 3\n',
  'metadata:\n  name: a\n  labels: {x: 1, y: 2, x: 3}\n  name: b\n',
  '1: a\n"1": b\n1: c\n',
  'null: a\n~: b\n"": c\n: d\n',
  'true: 1\n"true": 2\ntrue: 3\n',
  '__proto__: {polluted: 1}\ntoString: 2\nconstructor: 3\n',
  '? a\n: 1\n? a\n: 2\n',
  '- {a: 1, a: 2}\n- [a: 1, a: 1]\n',
  'a: &x {k: 1}\nb: *x\nb: 2\n',
  '%YAML 1.1\n---\nbase: &b {k: 1}\nderived:\n  <<: *b\n  k: 2\n',
  '<<: {a: 1}\n<<: {b: 2}\n',
  '!!str a: 1\na: 2\n',
  '&k a: 1\na: 2\n',
  's: !!set {a, b}\no: !!omap [a: 1]\nbin: !!binary aGVsbG8=\n',
  'n: 0x1F\nf: .inf\nnan: .nan\ni: -0\nbig: 123456789012345678901234567890\n',
  'a: [1, {b: 2, b: 3}\nc: 4\nc: 5\n',
  'k: v\n  bad: indent\nk: w\n',
  '{a: 1, b: 2, a: 3}\n',
  '"quoted": 1\nquoted: 2\n\'quoted\': 3\n',
  'block: |\n  text\nblock: >\n  more\n',
  'x: 1\n---\nx: 1\nx: 2\n---\n- a\n- b\n',
  '? [a, b]\n: 1\n',
  '? {a: 1}\n: 2\n',
];

type ErrorLike = { code: string; pos: [number, number] };
const errorsOf = (doc: Document.Parsed) => [...doc.errors, ...doc.warnings].map((e: ErrorLike) => `${e.code}@${e.pos[0]}-${e.pos[1]}`).sort();

function read(docs: Document.Parsed[], chunk: string): ParsedWorkspace {
  const ws: ParsedWorkspace = { text: chunk, lineCounter: parseWorkspace('').lineCounter, documents: [], diagnostics: [], resources: [] };
  docs.forEach((doc, i) => readDocument(doc, i, 0, ws));
  // as parseWorkspace does (the composer reports a flow map's duplicates after its values' own)
  ws.diagnostics.sort(compareDiagnostics);
  return ws;
}

/** parseChunk + readDocument read every chunk of `text` exactly as the `yaml` composer with uniqueKeys and toJS. */
function expectSameAsExact(text: string) {
  for (const [i, start] of splitDocuments(text).entries()) {
    const chunk = text.slice(start, splitDocuments(text)[i + 1] ?? text.length);
    if (findTooDeep(chunk) !== undefined) continue;
    const exact = parseAllDocuments(chunk, parseOptions);
    const exactDocs = Array.isArray(exact) ? exact : [];
    const fast = parseChunk(chunk);
    expect(fast.map(errorsOf), chunk).toEqual(exactDocs.map(errorsOf));
    const a = read(fast, chunk);
    const b = read(exactDocs, chunk);
    expect(a.documents.map((d) => d.value), chunk).toStrictEqual(b.documents.map((d) => d.value));
    expect(a.diagnostics, chunk).toEqual(b.diagnostics);
    expect(a.resources, chunk).toEqual(b.resources);
  }
}

describe('plain value walk (uniqueKeys in our own walk, instead of toJS)', () => {
  it('reads every fixture and conformance case exactly like uniqueKeys + toJS', () => {
    const texts = corpus();
    expect(texts.length).toBeGreaterThan(800);
    for (const text of texts) expectSameAsExact(text);
  });

  it('reads duplicate keys, odd keys, aliases, merge keys and tags exactly like uniqueKeys + toJS', () => {
    for (const text of crafted) expectSameAsExact(text);
  });

  it('gives up on duplicate keys and on what toJS reads its own way', () => {
    const doc = (t: string) => parseAllDocuments(t, { ...parseOptions, uniqueKeys: false })[0] as Document.Parsed;
    expect(readPlain(doc('a: &x 1\nb: *x\n'))).toBeUndefined();
    expect(readPlain(doc('s: !!set {a}\n'))).toBeUndefined();
    expect(readPlain(doc('? [a]\n: 1\n'))).toBeUndefined();
    expect(readPlain(doc('a: {b: [1, x]}\na: 2\n'))).toBeUndefined();
    expect(readPlain(doc('1: a\n"1": b\n'))).toEqual({ value: { 1: 'b' } });
  });

  it('agrees with the composer on generated maps with repeated keys, block and flow', () => {
    const key = fc.constantFrom('a', 'b', '"a"', "'b'", '1', '"1"', '01', 'true', 'null', '~', '""', '__proto__');
    const scalar = fc.constantFrom('1', 'x', '"q"', 'null', '', '[]', '{}', '[1, 2]', '{a: 1, a: 2}');
    const block = fc.array(fc.tuple(key, scalar, fc.boolean()), { minLength: 1, maxLength: 8 }).map((items) =>
      items.map(([k, v, nested]) => (nested ? `${k}:\n  ${k}: ${v}\n  z: ${v}\n` : `${k}: ${v}\n`)).join(''),
    );
    const flow = fc.array(fc.tuple(key, scalar), { minLength: 1, maxLength: 6 }).map((items) => `{${items.map(([k, v]) => `${k}: ${v}`).join(', ')}}\n`);
    fc.assert(fc.property(fc.oneof(block, flow), (text) => expectSameAsExact(text)), { numRuns: 300 });
  });
});
