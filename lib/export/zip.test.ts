import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { listExamples } from '../examples';
import { exportWorkspace } from './index';
import { commentsOf, dataOf, realWorld } from './test-kit';
import { splitResources, zipFiles } from './zip';

type Obj = { kind?: string; items?: unknown[] };
const flatten = (docs: unknown[]) => docs.flatMap((d) => ((d as Obj).kind === 'List' ? ((d as Obj).items ?? []) : [d]));

describe('splitResources', () => {
  it('names files <namespace>/<kind>-<name>.yaml in lower case, default namespace when unset', () => {
    const src = 'kind: ServiceEntry\nmetadata: {name: HttpBin, namespace: Egress}\n---\n# gw\nkind: Gateway\nmetadata: {name: gw}\n---\nfoo: bar\n';
    expect(splitResources(src)).toEqual([
      { path: 'egress/serviceentry-httpbin.yaml', text: 'kind: ServiceEntry\nmetadata: {name: HttpBin, namespace: Egress}\n' },
      { path: 'default/gateway-gw.yaml', text: '# gw\nkind: Gateway\nmetadata: {name: gw}\n' },
      { path: 'document-3.yaml', text: 'foo: bar\n' },
    ]);
  });

  it('never lets a name escape its folder, and keeps duplicate names apart', () => {
    const src = 'kind: A\nmetadata: {name: ../../etc/passwd, namespace: ..}\n---\nkind: A\nmetadata: {name: ../../etc/passwd, namespace: ..}\n';
    const paths = splitResources(src).map((f) => f.path);
    expect(paths).toEqual(['default/a-etc-passwd.yaml', 'default/a-etc-passwd-2.yaml']);
  });

  it('splits List items into files of their own', () => {
    const files = splitResources('apiVersion: v1\nkind: List\nitems:\n# about a\n- {kind: A, metadata: {name: a}}\n- {kind: B, metadata: {name: b, namespace: x}}\n');
    expect(files.map((f) => f.path)).toEqual(['default/a-a.yaml', 'x/b-b.yaml']);
    expect(files[0]!.text).toContain('# about a');
    expect(dataOf(files[1]!.text)).toEqual([{ kind: 'B', metadata: { name: 'b', namespace: 'x' } }]);
  });

  it.each(listExamples().map((s) => [s.id, s] as const))('splits seed %s into files holding its documents and comments', (_id, seed) => {
    const yaml = exportWorkspace(seed.texts.v1beta1, { apiVersion: 'v1' }).text;
    const files = splitResources(yaml);
    expect(files.flatMap((f) => dataOf(f.text))).toEqual(dataOf(yaml));
    const all = files.map((f) => f.text).join('');
    for (const c of commentsOf(yaml)) expect(all).toContain(c);
  });

  it.each(realWorld())('splits %s without losing an object', (_f, text) => {
    const files = splitResources(text);
    expect(files.flatMap((f) => dataOf(f.text))).toEqual(flatten(dataOf(text)));
    expect(new Set(files.map((f) => f.path)).size).toBe(files.length);
  });
});

describe('zipFiles', () => {
  it('writes a zip that unzips to the same files', () => {
    const files = splitResources(exportWorkspace(listExamples()[3]!.texts.v1beta1, { apiVersion: 'v1' }).text);
    const zip = zipFiles(files, new Date('2024-01-02T03:04:05Z'));
    expect([...zip.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const back = unzipSync(zip);
    expect(Object.fromEntries(Object.entries(back).map(([k, v]) => [k, strFromU8(v)]))).toEqual(Object.fromEntries(files.map((f) => [f.path, f.text])));
  });
});
