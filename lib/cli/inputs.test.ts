import { describe, expect, it } from 'vitest';
import { CliError } from './io';
import { decodeText, readInputs } from './inputs';
import { memoryIO } from './testing/memory-io';

const se = 'apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata: {name: a}\n';

describe('readInputs', () => {
  it('walks directories recursively, YAML files only, sorted by name, paths joined as given', async () => {
    const io = memoryIO({ cfg: { 'b.yml': se, 'a.yaml': se, 'notes.txt': 'x', sub: { 'Z.YAML': se, 'c.yaml': se }, 'A.yaml': se } });
    const files = (await readInputs(['cfg/'], io)).map((i) => i.file);
    expect(files).toEqual(['cfg/A.yaml', 'cfg/a.yaml', 'cfg/b.yml', 'cfg/sub/Z.YAML', 'cfg/sub/c.yaml']);
  });

  it('reads explicit files whatever their name, stdin for -, and each file once', async () => {
    const io = memoryIO({ 'mesh.txt': se, d: { 'x.yaml': se } }, se);
    const inputs = await readInputs(['mesh.txt', '-', 'd', 'd/x.yaml', 'mesh.txt'], io);
    expect(inputs.map((i) => [i.file, i.text === se])).toEqual([['mesh.txt', true], ['-', true], ['d/x.yaml', true]]);
  });

  it('survives directory cycles through symlinks', async () => {
    const io = memoryIO({ d: { 'a.yaml': se, loop: { link: 'd' } } });
    expect((await readInputs(['d'], io)).map((i) => i.file)).toEqual(['d/a.yaml']);
  });

  it('fails with one line for missing or unreadable paths', async () => {
    const io = memoryIO({ locked: { unreadable: 'dir' }, d: { 'secret.yaml': { unreadable: 'file' } } });
    await expect(readInputs(['nope.yaml'], io)).rejects.toThrow(new CliError('cannot read nope.yaml: no such file or directory'));
    await expect(readInputs(['locked'], io)).rejects.toThrow(new CliError('cannot read locked: permission denied'));
    await expect(readInputs(['d'], io)).rejects.toThrow(new CliError('cannot read d/secret.yaml: permission denied'));
    await expect(readInputs(['-', '-'], io)).rejects.toThrow(new CliError('stdin (-) given more than once'));
  });

  it('reports files over the size limit instead of reading them', async () => {
    const io = memoryIO({ 'big.yaml': se.repeat(10) }, se.repeat(10));
    const inputs = await readInputs(['big.yaml', '-'], io, 100);
    expect(inputs.map((i) => [i.file, i.text, i.problem?.code, i.problem?.message])).toEqual([
      ['big.yaml', undefined, 'IO002', 'file is larger than 100 bytes; not checked'],
      ['-', undefined, 'IO002', 'file is larger than 100 bytes; not checked'],
    ]);
  });
});

describe('decodeText', () => {
  it('accepts UTF-8 and drops a BOM', () => {
    expect(decodeText(new TextEncoder().encode('\uFEFFname: café\n'))).toEqual({ text: 'name: café\n' });
  });

  it.each([
    ['NUL bytes', new Uint8Array([0x61, 0x3a, 0x00, 0x62])],
    ['invalid UTF-8', new Uint8Array([0x61, 0x3a, 0x20, 0xc3, 0x28])],
    ['UTF-16', new Uint8Array([0xff, 0xfe, 0x61, 0x00])],
  ])('reports %s as IO001 at 1:1', (_what, bytes) => {
    expect(decodeText(bytes)).toMatchObject({ problem: { code: 'IO001', message: 'file is not UTF-8 text', range: { line: 1, column: 1 }, severity: 'error' } });
  });

  it('reports pathological nesting as IO003 without parsing it recursively', () => {
    const deep = new TextEncoder().encode(`${'- '.repeat(5000)}a\n`);
    expect(decodeText(deep)).toMatchObject({ problem: { code: 'IO003' } });
    const flow = new TextEncoder().encode(`a: ${'['.repeat(300)}${']'.repeat(300)}\n`);
    expect(decodeText(flow)).toMatchObject({ problem: { code: 'IO003' } });
  });

  it('lets ordinary indentation and brackets in strings through', () => {
    const text = `spec:\n  regex: "${'['.repeat(300)}"\n${'  '.repeat(60)}x: 1\n`;
    expect(decodeText(new TextEncoder().encode(text))).toEqual({ text });
  });
});
