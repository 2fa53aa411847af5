// Byte-preservation properties of applyEdit over every example and real-world config of the fixtures.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, parseAllDocuments, type Node as YamlNode } from 'yaml';
import type { PathSegment } from '../core/diagnostic';
import { applyEdit, type FormEdit } from './edit';
import { documentSpans } from './edit-spans';

const root = join(__dirname, '../../fixtures');
const files = [
  ...readdirSync(join(root, 'realworld')).filter((f) => f.endsWith('.yaml')).map((f) => `realworld/${f}`),
  ...readdirSync(join(root, 'examples')).flatMap((d) => [`examples/${d}/v1alpha3.yaml`, `examples/${d}/v1beta1.yaml`]),
];
const corpus = files.map((f) => ({ name: f, text: readFileSync(join(root, f), 'utf8') }));

interface Site {
  document: number;
  path: PathSegment[];
  node: YamlNode;
  /** Start of the pair's key when the node is a mapping value (an edit may rewrite `key: value`). */
  from: number;
}

function sites(text: string): Site[] {
  const out: Site[] = [];
  parseAllDocuments(text).forEach((doc, document) => {
    const walk = (node: unknown, path: PathSegment[], from: number) => {
      if (isMap(node)) for (const p of node.items) walk(p.value, [...path, String(isScalar(p.key) ? p.key.value : p.key)], (p.key as YamlNode).range![0]);
      else if (isSeq(node)) node.items.forEach((it, i) => walk(it, [...path, i], (it as YamlNode).range![0]));
      if (node && path.length > 0) out.push({ document, path, node: node as YamlNode, from });
    };
    walk(doc.contents, [], 0);
  });
  return out;
}

function linesDiffer(a: string, b: string): number {
  const x = a.split('\n');
  const y = b.split('\n');
  if (x.length !== y.length) return -1;
  return x.filter((l, i) => l !== y[i]).length;
}

describe('documentSpans', () => {
  it.each(corpus.map((c) => [c.name, c.text] as const))('numbers the documents of %s like the parser', (_, text) => {
    const spans = documentSpans(text);
    const docs = parseAllDocuments(text);
    expect(spans).toHaveLength(docs.length);
    docs.forEach((d, i) => expect(spans![i]!.start).toBeLessThanOrEqual(d.range[0]));
  });
});

describe('applyEdit over the corpus', () => {
  it('changes exactly one line when any single-line scalar gets a new value', () => {
    let count = 0;
    for (const { name, text } of corpus) {
      for (const s of sites(text)) {
        if (!isScalar(s.node) || s.node.type?.startsWith('BLOCK') || s.node.range![0] === s.node.range![1]) continue;
        const v = s.node.value;
        const value = typeof v === 'number' ? v + 1 : typeof v === 'boolean' ? !v : typeof v === 'string' ? `${v}x` : 'x';
        const r = applyEdit(text, { op: 'set', document: s.document, path: s.path, value });
        if (!r.ok) throw new Error(`${name} ${s.path.join('.')}: ${r.message}`);
        expect(linesDiffer(text, r.text), `${name} ${s.path.join('.')}`).toBe(1);
        count++;
      }
    }
    expect(count).toBeGreaterThan(3000);
  });

  it('deletes, appends and reorders every sequence item without touching other lines', () => {
    for (const { name, text } of corpus) {
      for (const s of sites(text)) {
        if (!isSeq(s.node) || s.node.items.length === 0) continue;
        const label = `${name} ${s.path.join('.')}`;
        const first = s.node.items[0] as YamlNode;
        const value = isScalar(first) ? 'new.example.com' : { name: 'new' };
        const edits: FormEdit[] = [
          { op: 'insert', document: s.document, path: s.path, value },
          { op: 'delete', document: s.document, path: [...s.path, 0] },
        ];
        if (s.node.items.length > 1) edits.push({ op: 'move', document: s.document, path: s.path, from: 0, to: s.node.items.length - 1 });
        for (const e of edits) {
          const r = applyEdit(text, e);
          if (!r.ok) throw new Error(`${label} ${e.op}: ${r.message}`);
          // Everything before and after the changed span is the old text, and the span starts and ends near the node.
          expect(r.changed.start, label).toBeGreaterThanOrEqual(Math.min(s.from, text.lastIndexOf('\n', s.node.range![0])));
          expect(r.changed.end, label).toBeLessThanOrEqual(s.node.range![2] + 1);
        }
      }
    }
  });

  it('adds a missing key at the end of every mapping', () => {
    for (const { name, text } of corpus) {
      for (const s of sites(text)) {
        if (!isMap(s.node) || s.node.items.length === 0) continue;
        const r = applyEdit(text, { op: 'set', document: s.document, path: [...s.path, 'zzAdded'], value: { a: [1, 2] } });
        if (!r.ok) throw new Error(`${name} ${s.path.join('.')}: ${r.message}`);
        expect(r.changed.end - r.changed.start, name).toBe(0);
      }
    }
  });
});
