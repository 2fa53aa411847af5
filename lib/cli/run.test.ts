import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { runCli } from './run';
import { memoryIO, type Tree } from './testing/memory-io';

const se = (name: string, v = 'v1alpha3', ns = '') =>
  `apiVersion: networking.istio.io/${v}\nkind: ServiceEntry\nmetadata:\n  name: ${name}\n${ns ? `  namespace: ${ns}\n` : ''}spec:\n  hosts: [${name}.example.com]\n  ports: [{number: 80, name: http, protocol: HTTP}]\n  resolution: DNS\n`;
const broken = 'apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata: {name: g}\nspec: {servers: [\n';

async function run(argv: string[], tree: Tree = {}, stdin = '') {
  const io = memoryIO(tree, stdin);
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err, written: io.written };
}

describe('validate / analyze', () => {
  it('prints FILE:LINE:COL: SEVERITY CODE message and a summary, exit 1 on errors', async () => {
    const r = await run(['validate', 'cfg'], { cfg: { 'a.yaml': se('a'), 'b.yaml': `# b\n${broken}` } });
    expect(r.code).toBe(1);
    const lines = r.out.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^[1-9]\d* errors?, \d+ warnings?, \d+ infos? in 1 resource$/);
    expect(lines.filter((l) => /^cfg\/b\.yaml:\d+:\d+: error YAML001 /.test(l)).length).toBeGreaterThan(0);
    expect(r.err).toBe('');
  });

  it('exits 0 and prints only the summary for clean input', async () => {
    const r = await run(['validate', 'a.yaml'], { 'a.yaml': se('a', 'v1', 'egress') });
    expect(r).toMatchObject({ code: 0, out: '0 errors, 0 warnings, 0 infos in 1 resource\n', err: '' });
  });

  it('gives JSON with every field, file exactly as given, - for stdin', async () => {
    const r = await run(['analyze', '--format', 'json', '-', './x/'], { x: { 'bad.yml': broken } }, se('a'));
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(['diagnostics', 'summary']);
    expect(json.summary).toEqual({ errors: expect.any(Number), warnings: expect.any(Number), infos: expect.any(Number), resources: 1 });
    expect(json.summary.errors).toBe(json.diagnostics.filter((d: { severity: string }) => d.severity === 'error').length);
    const err = json.diagnostics.find((d: { severity: string }) => d.severity === 'error');
    expect(Object.keys(err)).toEqual(['file', 'document', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message', 'path', 'kind', 'name', 'namespace']);
    expect(err).toMatchObject({ file: './x/bad.yml', document: 0, code: 'YAML001', kind: null, name: null, namespace: null });
    expect(err.line).toBeGreaterThanOrEqual(4);
  });

  it('analyzes all inputs as one workspace and reports each finding in its own file and line', async () => {
    // The same host and port defined in two files is a cross-resource finding neither file shows alone.
    const one = await run(['analyze', '--format', 'json', 'a.yaml'], { 'a.yaml': se('a') });
    const both = await run(['analyze', '--format', 'json', 'a.yaml', 'b.yaml'], { 'a.yaml': se('a'), 'b.yaml': `# padding\n\n${se('a')}` });
    const only = (out: string) => JSON.parse(out).diagnostics as { file: string; line: number; document: number; code: string; name: string }[];
    const extra = only(both.out).filter((d) => !only(one.out).some((o) => o.code === d.code && o.file === d.file && o.line === d.line));
    expect(extra.length).toBeGreaterThan(0);
    for (const d of extra.filter((x) => x.file === 'b.yaml')) expect(d.line).toBeGreaterThanOrEqual(3);
    expect(new Set(extra.map((d) => d.file))).toEqual(new Set(['a.yaml', 'b.yaml']));
  });

  it('reports binary and too-deep files as diagnostics at 1:1', async () => {
    const r = await run(['validate', 'bin.yaml', 'deep.yaml'], { 'bin.yaml': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1]), 'deep.yaml': `${'- '.repeat(2000)}x\n` });
    expect(r.code).toBe(1);
    expect(r.out).toContain('bin.yaml:1:1: error IO001 file is not UTF-8 text\n');
    expect(r.out).toContain('deep.yaml:1:1: error IO003 nesting deeper than 256 levels; not checked\n');
  });

  it('exits 2 with one line for a missing file', async () => {
    expect(await run(['analyze', 'missing.yaml'])).toMatchObject({ code: 2, out: '', err: 'entryway: cannot read missing.yaml: no such file or directory\n' });
  });
});

describe('export', () => {
  it('writes one multi-document YAML in the version asked for, comments kept', async () => {
    const r = await run(['export', '--api-version', 'v1', 'a.yaml', 'b.yaml'], { 'a.yaml': `# a\n${se('a')}`, 'b.yaml': `---\n${se('b', 'v1beta1')}` });
    expect(r.code).toBe(0);
    expect(r.out).toBe(`# a\n${se('a', 'v1')}---\n${se('b', 'v1')}`);
    expect(parseAllDocuments(r.out).map((d) => d.toJS().apiVersion)).toEqual(['networking.istio.io/v1', 'networking.istio.io/v1']);
  });

  it('refuses to export input with errors (exit 1, errors on stderr) unless --force', async () => {
    const tree = { 'a.yaml': se('a'), 'b.yaml': broken };
    const refused = await run(['export', '--api-version', 'v1beta1', 'a.yaml', 'b.yaml'], tree);
    expect(refused.code).toBe(1);
    expect(refused.out).toBe('');
    expect(refused.err).toMatch(/^b\.yaml:\d+:\d+: error YAML001 /m);
    const forced = await run(['export', '--api-version', 'v1beta1', '--force', 'a.yaml', 'b.yaml'], tree);
    expect(forced.code).toBe(0);
    expect(forced.out.startsWith(se('a', 'v1beta1'))).toBe(true);
    expect(forced.err).toMatch(/^b\.yaml:\d+:\d+: error YAML001 /m);
  });

  it('writes to -o FILE, and a write failure is exit 2', async () => {
    const ok = await run(['export', '--api-version', 'v1', '-o', 'out.yaml', 'a.yaml'], { 'a.yaml': se('a') });
    expect(ok.code).toBe(0);
    expect(ok.out).toBe('');
    expect(ok.written.get('out.yaml')).toBe(se('a', 'v1'));
    const bad = await run(['export', '--api-version', 'v1', '-o', '/readonly/out.yaml', 'a.yaml'], { 'a.yaml': se('a') });
    expect(bad).toMatchObject({ code: 2, err: 'entryway: cannot write /readonly/out.yaml: permission denied\n' });
  });
});

describe('schema, help, version, usage', () => {
  it.each(['ServiceEntry', 'serviceentry', 'se', 'serviceentries', 'SE'])('prints the ServiceEntry schema for %s', async (name) => {
    const r = await run(['schema', name]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ title: 'ServiceEntry', type: 'object' });
  });

  it('rejects an unknown kind with exit 2', async () => {
    const r = await run(['schema', 'Sidecar']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^entryway: schema: unknown kind "Sidecar"; known kinds: ServiceEntry \(se\), .*\n$/);
  });

  it('prints help and version', async () => {
    expect((await run(['--help'])).out).toContain('Usage: entryway <command>');
    expect((await run(['export', '--help'])).out).toContain('--api-version');
    expect((await run(['--version'])).out).toMatch(/^entryway \d+\.\d+\.\d+\n$/);
  });

  it('reports usage errors on one line with exit 2', async () => {
    const r = await run(['validate', '--format', 'xml', 'a.yaml']);
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err).toBe('entryway: validate: --format must be one of text, json, not "xml" (see "entryway validate --help")\n');
  });
});

describe('graph', () => {
  const tree = { 'a.yaml': se('a', 'v1', 'egress'), 'notes.yaml': new Uint8Array([0, 1, 2]) };

  it('prints the egress graph as JSON by default, with nodes for the inputs', async () => {
    const r = await run(['graph', 'a.yaml'], tree);
    expect(r.code).toBe(0);
    const g = JSON.parse(r.out);
    expect(g.nodes.some((n: { label: string }) => n.label.includes('a.example.com'))).toBe(true);
  });

  it('prints DOT and Mermaid, and names unreadable inputs on stderr', async () => {
    const dot = await run(['graph', '--format', 'dot', 'a.yaml', 'notes.yaml'], tree);
    expect(dot.out).toMatch(/^(strict )?digraph /);
    expect(dot.err).toBe('notes.yaml:1:1: error IO001 file is not UTF-8 text\n');
    const mermaid = await run(['graph', '--format', 'mermaid', 'a.yaml'], tree);
    expect(mermaid.out).toMatch(/^(flowchart|graph) /m);
  });
});
