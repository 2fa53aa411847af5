import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../validate';
import { createIncrementalAnalyzer } from './incremental';

const mesh100 = execFileSync(process.execPath, [join(__dirname, '../../bench/corpus/generate.mjs'), '100'], { encoding: 'utf8' });

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Edit = (text: string, rnd: () => number) => string;
const at = (text: string, rnd: () => number) => Math.floor(rnd() * (text.length + 1));
const lineStarts = (text: string) => [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
const pickLine = (text: string, rnd: () => number, re: RegExp) => {
  const lines = lineStarts(text).filter((s) => re.test(text.slice(s, text.indexOf('\n', s) === -1 ? text.length : text.indexOf('\n', s))));
  return lines.length ? lines[Math.floor(rnd() * lines.length)]! : undefined;
};
const replaceLine = (text: string, start: number | undefined, make: (line: string) => string) => {
  if (start === undefined) return text;
  const end = text.indexOf('\n', start) === -1 ? text.length : text.indexOf('\n', start);
  return text.slice(0, start) + make(text.slice(start, end)) + text.slice(end);
};
const documents = (text: string) => text.split(/^(?=---$)/m);

/** Edits a user makes: typing, deleting, new lines and documents, renamed hosts and namespaces, broken YAML. */
const edits: Edit[] = [
  (t, r) => { const i = at(t, r); return `${t.slice(0, i)}x${t.slice(i)}`; },
  (t, r) => { const i = at(t, r); return t.slice(0, i) + t.slice(i + 1 + Math.floor(r() * 40)); },
  (t, r) => { const i = at(t, r); return `${t.slice(0, i)}\n${t.slice(i)}`; },
  (t, r) => { const i = pickLine(t, r, /./); return i === undefined ? t : `${t.slice(0, i)}---\n${t.slice(i)}`; },
  (t, r) => replaceLine(t, pickLine(t, r, /^---$/), () => ''),
  (t, r) => replaceLine(t, pickLine(t, r, /^ {2}namespace: /), () => `  namespace: ${['egress', 'default', 'istio-system', 'new-ns'][Math.floor(r() * 4)]}`),
  (t, r) => { const hosts = [...t.matchAll(/- ([a-z0-9.-]+\.(?:com|io|net|org))$/gm)].map((m) => m[1]); return replaceLine(t, pickLine(t, r, /host: /), (l) => l.replace(/host: .*/, `host: ${hosts[Math.floor(r() * hosts.length)] ?? 'a.com'}`)); },
  (t, r) => { const d = documents(t); const i = Math.floor(r() * d.length); return [...d.slice(0, i + 1), d[i]!, ...d.slice(i + 1)].join(''); },
  (t, r) => { const d = documents(t); d.splice(Math.floor(r() * d.length), 1); return d.join(''); },
  (t, r) => replaceLine(t, pickLine(t, r, /: /), (l) => `${l} "unterminated`),
  (t, r) => replaceLine(t, pickLine(t, r, /^---$/), () => '%YAML 1.2\n---'),
  (t, r) => replaceLine(t, pickLine(t, r, /^ {2}name: /), (l) => `${l}2`),
  (t, r) => replaceLine(t, pickLine(t, r, /^ {4}- istio-egressgateway$|^ {2}- mesh$/), () => '  - egress/istio-egressgateway-9'),
  (t, r) => replaceLine(t, pickLine(t, r, /^ {2}hosts:$/), () => '  hosts:\n  - "*.com"'),
  (t, r) => replaceLine(t, pickLine(t, r, /^ {2}host: /), () => `  host: "*.${['com', 'io', 'github-36.com'][Math.floor(r() * 3)]}"`),
  // Gateways: server hosts, ports, selectors (which VirtualService keys read) and certificates
  (t, r) => replaceLine(t, pickLine(t, r, /^ {4}- [a-z0-9-]+\.[a-z0-9.-]+$/), (l) => `${l.slice(0, -1)}${['x', 'o', 'm'][Math.floor(r() * 3)]}`),
  (t, r) => replaceLine(t, pickLine(t, r, /^ {6}number: /), () => `      number: ${[80, 443, 8443][Math.floor(r() * 3)]}`),
  (t, r) => replaceLine(t, pickLine(t, r, /^ {4}istio: /), () => `    istio: ${['egressgateway', 'ingressgateway'][Math.floor(r() * 2)]}`),
  (t, r) => replaceLine(t, pickLine(t, r, /^ {6}mode: /), (l) => `${l}\n      credentialName: ${['a', 'b'][Math.floor(r() * 2)]}`),
];

function expectSame(actual: ReturnType<ReturnType<typeof createIncrementalAnalyzer>['update']>, text: string) {
  const { workspace, diagnostics } = analyzeText(text);
  expect(actual.documentCount).toBe(workspace.documents.length);
  expect(actual.resources).toEqual(workspace.resources);
  expect(actual.diagnostics).toEqual(diagnostics);
}

describe('createIncrementalAnalyzer', () => {
  it('returns what analyzeText returns for the first text', () => {
    expectSame(createIncrementalAnalyzer().update(mesh100), mesh100);
  });

  it('stays equal to analyzeText over random edits of mesh-100', { timeout: 240_000 }, () => {
    for (const seed of [1, 2]) {
      const rnd = prng(seed);
      const inc = createIncrementalAnalyzer();
      let text = mesh100;
      inc.update(text);
      for (let step = 0; step < 30; step++) {
        text = edits[Math.floor(rnd() * edits.length)]!(text, rnd);
        expectSame(inc.update(text), text);
      }
    }
  });

  it('re-parses only the edited document and re-analyzes a part of the workspace on a keystroke', () => {
    const inc = createIncrementalAnalyzer();
    inc.update(mesh100);
    const i = mesh100.indexOf('timeout: ') + 'timeout: '.length;
    const { stats } = inc.update(`${mesh100.slice(0, i)}1${mesh100.slice(i)}`);
    expect(stats.reparsed).toBe(1);
    expect(stats.fullAnalysis).toBe(false);
  });

  it('re-analyzes a part of the workspace when a Gateway server changes, and all of it when its selector does', () => {
    const inc = createIncrementalAnalyzer();
    inc.update(mesh100);
    const gw = mesh100.indexOf('kind: Gateway');
    const host = mesh100.indexOf('    - ', mesh100.indexOf('hosts:', gw)) + 6;
    const hostEdit = `${mesh100.slice(0, host)}x${mesh100.slice(host)}`;
    const hostStats = inc.update(hostEdit).stats;
    expect(hostStats.fullAnalysis).toBe(false);
    expectSame(inc.update(hostEdit), hostEdit);
    const selector = mesh100.indexOf('istio: ', gw) + 'istio: '.length;
    const selectorEdit = `${mesh100.slice(0, selector)}x${mesh100.slice(selector)}`;
    const result = inc.update(selectorEdit);
    expect(result.stats.fullAnalysis).toBe(true);
    expectSame(result, selectorEdit);
  });

  it('handles empty text, text without documents and a text replaced entirely', () => {
    const inc = createIncrementalAnalyzer();
    for (const text of ['', '# only a comment\n', '---\n---\n', mesh100.slice(0, 2000), 'a: [', '']) expectSame(inc.update(text), text);
  });
});
