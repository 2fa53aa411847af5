import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';

describe('parseArgs', () => {
  it('reads commands, options before or after paths, and = values', () => {
    expect(parseArgs(['validate', 'a.yaml', '--format', 'json', 'dir'])).toEqual({ ok: true, command: { name: 'validate', format: 'json', paths: ['a.yaml', 'dir'] } });
    expect(parseArgs(['analyze', '--format=text', '-'])).toEqual({ ok: true, command: { name: 'analyze', format: 'text', paths: ['-'] } });
    expect(parseArgs(['export', '--api-version', 'v1', '-o', 'out.yaml', '--force', 'x'])).toEqual({
      ok: true,
      command: { name: 'export', apiVersion: 'v1', output: 'out.yaml', force: true, paths: ['x'] },
    });
    expect(parseArgs(['graph', '-f', 'dot', 'x'])).toEqual({ ok: true, command: { name: 'graph', format: 'dot', paths: ['x'] } });
    expect(parseArgs(['schema', 'se'])).toEqual({ ok: true, command: { name: 'schema', kind: 'se' } });
  });

  it('treats everything after -- as paths', () => {
    expect(parseArgs(['validate', '--', '--format'])).toMatchObject({ ok: true, command: { paths: ['--format'] } });
  });

  it('gives help and version', () => {
    expect(parseArgs([])).toEqual({ ok: true, command: { name: 'help' } });
    expect(parseArgs(['--help'])).toEqual({ ok: true, command: { name: 'help' } });
    expect(parseArgs(['help', 'export'])).toEqual({ ok: true, command: { name: 'help', topic: 'export' } });
    expect(parseArgs(['export', '-h'])).toEqual({ ok: true, command: { name: 'help', topic: 'export' } });
    expect(parseArgs(['--version'])).toEqual({ ok: true, command: { name: 'version' } });
  });

  it.each([
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['--nope'], 'unknown option "--nope"'],
    [['validate'], 'validate: no input: give files, directories, or - for stdin'],
    [['validate', '--format', 'xml', 'a'], 'validate: --format must be one of text, json, not "xml"'],
    [['validate', '--format'], 'validate: option --format needs a value'],
    [['validate', '--api-version', 'v1', 'a'], 'validate: unknown option "--api-version"'],
    [['export', 'a'], 'export: --api-version must be one of v1alpha3, v1beta1, v1'],
    [['export', '--api-version', 'v2', 'a'], 'export: --api-version must be one of v1alpha3, v1beta1, v1, not "v2"'],
    [['export', '--force=yes', '--api-version', 'v1', 'a'], 'export: option --force takes no value'],
    [['schema'], 'schema: give exactly one KIND, e.g. "schema ServiceEntry"'],
    [['help', 'nope'], 'unknown command "nope"'],
  ])('rejects %j', (argv, error) => {
    expect(parseArgs(argv)).toMatchObject({ ok: false, error });
  });
});
