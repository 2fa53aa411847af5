/** The real `entryway` process: exit codes, stdout/stderr, stdin, hostile files. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const bin = join(root, 'bin/entryway.mjs');
let dir: string;

function entryway(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const se = 'apiVersion: networking.istio.io/v1alpha3\nkind: ServiceEntry\nmetadata:\n  name: web # the public API\nspec:\n  hosts: [api.example.com]\n  ports: [{number: 443, name: https, protocol: TLS}]\n  resolution: DNS\n';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'entryway-cli-'));
  writeFileSync(join(dir, 'se.yaml'), se);
  writeFileSync(join(dir, 'broken.yaml'), 'kind: ServiceEntry\nspec: {hosts: [a\n');
  writeFileSync(join(dir, 'image.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  writeFileSync(join(dir, 'huge.yaml'), '');
  truncateSync(join(dir, 'huge.yaml'), 60 * 1024 * 1024); // sparse: no 60 MB written
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('entryway process', () => {
  it('reads stdin for - and exits 0 on clean input', () => {
    const r = entryway(['validate', '-'], se);
    expect(r).toEqual({ code: 0, out: '0 errors, 0 warnings, 0 infos in 1 resource\n', err: '' });
  });

  it('exits 1 with located diagnostics for malformed YAML, binary and huge files', () => {
    const r = entryway(['validate', 'broken.yaml', 'image.yaml', 'huge.yaml']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^broken\.yaml:[23]:\d+: error YAML001 /m);
    expect(r.out).toContain('image.yaml:1:1: error IO001 file is not UTF-8 text\n');
    expect(r.out).toContain('huge.yaml:1:1: error IO002 file is larger than 50 MB; not checked\n');
    expect(r.err).toBe('');
  });

  it('exits 2 with one line and no stack trace for missing and unreadable paths', () => {
    for (const [args, message] of [
      [['analyze', 'nope.yaml'], 'entryway: cannot read nope.yaml: no such file or directory\n'],
      [['analyze', '/proc/self/mem'], /^entryway: cannot read \/proc\/self\/mem: .+\n$/],
      [['export', 'se.yaml'], /^entryway: export: --api-version must be one of v1alpha3, v1beta1, v1 \(see .*\)\n$/],
    ] as const) {
      const r = entryway([...args]);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(message);
    }
  });

  it('exports to stdout with comments kept', () => {
    const r = entryway(['export', '--api-version', 'v1', 'se.yaml']);
    expect(r).toEqual({ code: 0, out: se.replace('v1alpha3', 'v1'), err: '' });
  });
});
