/** The real `entryway` process on hostile files: JSON diagnostics with locations, in bounded time, never a stack trace. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const bin = join(root, 'bin/entryway.mjs');
let dir: string;

interface JsonDiagnostic {
  file: string;
  code: string;
  severity: string;
  message: string;
  line: number;
  column: number;
}

function entryway(args: string[]) {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr, ms: Date.now() - t0 };
}

const se = 'apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: web\nspec:\n  hosts: [api.example.com]\n  ports: [{number: 443, name: https, protocol: TLS}]\n  resolution: DNS\n';
const laughs = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...Array.from({ length: 9 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(', ')}]`)].join('\n');

/** File name → content, and the code expected for it. */
const files: Record<string, [string | Buffer, string]> = {
  'syntax.yaml': ['kind: ServiceEntry\nspec: {hosts: [a\n', 'YAML001'],
  'bomb.yaml': [laughs, 'YAML004'],
  'deep-flow.yaml': ['['.repeat(200_000), 'IO003'],
  'deep-seq.yaml': [`${'- '.repeat(200_000)}a`, 'IO003'],
  'deep-map.yaml': [Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n'), 'IO003'],
  'latin1.yaml': [Buffer.concat([Buffer.from(se.replace('web', 'caf')), Buffer.from([0xe9, 0x0a])]), 'IO001'],
  'utf16.yaml': [Buffer.from(`\ufeff${se}`, 'utf16le'), 'IO001'],
  'control.yaml': [se.replace('web', 'w\u0007eb'), 'YAML008'],
  'scalar.yaml': ['just a string\n', 'YAML005'],
  'dup.yaml': [`${se}kind: Gateway\n`, 'YAML002'],
  'proto.yaml': [se.replace('name: web', 'name: web\n  __proto__: {polluted: yes}').concat('constructor:\n  prototype: {polluted: yes}\n'), 'STR004'],
  'unknown.yaml': ['apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n', 'YAML006'],
  'huge-number.yaml': [se.replace('number: 443', 'number: 1e400').replace('resolution: DNS', 'resolution: DNS\n  endpoints: [{address: 1.2.3.4, weight: 99999999999999999999999}]'), 'STR001'],
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'entryway-hostile-'));
  for (const [name, [content]] of Object.entries(files)) writeFileSync(join(dir, name), content);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('entryway on hostile files', () => {
  for (const command of ['validate', 'analyze']) {
    it(`${command} --format json answers every file with located JSON diagnostics, in bounded time`, () => {
      const r = entryway([command, '--format', 'json', ...Object.keys(files)]);
      expect(r.err).toBe('');
      expect(r.code).toBe(1);
      expect(r.ms).toBeLessThan(30_000);
      const out = JSON.parse(r.out) as { diagnostics: JsonDiagnostic[] };
      for (const [name, [, code]] of Object.entries(files)) {
        const hit = out.diagnostics.find((d) => d.file === name && d.code === code);
        expect(hit, `${name}: ${JSON.stringify(out.diagnostics.filter((d) => d.file === name))}`).toBeDefined();
        expect(hit!.line).toBeGreaterThanOrEqual(1);
        expect(hit!.column).toBeGreaterThanOrEqual(1);
      }
      for (const d of out.diagnostics) expect(d.message).not.toMatch(/\n\s+at |Maximum call stack/);
    });
  }

  it('each hostile file alone: exit 1, no stack trace, within seconds (export and graph too)', () => {
    for (const name of Object.keys(files)) {
      for (const args of [['validate', name], ['export', '--api-version', 'v1beta1', name], ['graph', '--format', 'json', name]]) {
        const r = entryway(args);
        expect([0, 1], `${args.join(' ')}: ${r.err}`).toContain(r.code);
        expect(r.err).not.toMatch(/\n\s+at |internal error|RangeError|Maximum call stack/);
        expect(r.ms, args.join(' ')).toBeLessThan(15_000);
      }
    }
  });

  it('unreadable paths: exit 2 and one line on stderr', () => {
    for (const path of ['missing.yaml', '/proc/self/mem', `${'x'.repeat(5000)}.yaml`]) {
      const r = entryway(['analyze', '--format', 'json', path]);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(/^entryway: [^\n]+\n$/);
    }
  });
});
