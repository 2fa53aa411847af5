import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { getExample } from '../examples';
import { parseWorkspace } from '../yaml/parse';
import { buildExport } from './build';
import { documentChoices } from './scope';

const seed = getExample('04-egress-gateway-httpbin')!;

describe('buildExport', () => {
  it('gives multi-document YAML named after the version', () => {
    const out = buildExport(seed.texts.v1beta1, { apiVersion: 'v1alpha3', format: 'yaml' });
    expect(out.text).toBe(seed.texts.v1alpha3);
    expect(out.fileName).toBe('entryway-v1alpha3.yaml');
  });

  it('gives a List with one item per document', () => {
    const out = buildExport(seed.texts.v1beta1, { apiVersion: 'v1', format: 'list' });
    const [doc] = parseAllDocuments(out.text);
    const list = doc!.toJS() as { kind: string; items: { apiVersion: string }[] };
    expect(list.kind).toBe('List');
    expect(list.items.map((i) => i.apiVersion)).toEqual(parseAllDocuments(seed.texts.v1beta1).map(() => 'networking.istio.io/v1'));
  });

  it('gives one file per resource and previews them as documents headed by their path', () => {
    const out = buildExport(seed.texts.v1beta1, { apiVersion: 'v1', format: 'zip', namespace: 'egress' });
    expect(out.fileName).toBe('entryway-v1.zip');
    expect(out.files.length).toBe(parseAllDocuments(seed.texts.v1beta1).length);
    expect(out.files.every((f) => f.path.startsWith('egress/'))).toBe(true);
    expect(parseAllDocuments(out.text).length).toBe(out.files.length);
    for (const f of out.files) expect(out.text).toContain(`# ${f.path}\n`);
  });

  it('reports an error instead of a List when the YAML is broken', () => {
    const out = buildExport('kind: ServiceEntry\nmetadata: {name: [\n', { apiVersion: 'v1', format: 'list' });
    expect(out.text).toBe('');
    expect(out.diagnostics.some((d) => d.code === 'EXP004')).toBe(true);
  });
});

describe('documentChoices', () => {
  it('labels documents by kind and name, Lists by size, and skips empty ones', () => {
    const ws = parseWorkspace('kind: ServiceEntry\nmetadata: {name: a, namespace: x}\n---\n---\napiVersion: v1\nkind: List\nitems: [{kind: A}]\n---\nfoo: 1\n');
    expect(documentChoices(ws)).toEqual([
      { index: 0, label: 'ServiceEntry a', namespace: 'x' },
      { index: 2, label: 'List (1 item)', namespace: 'default' },
      { index: 3, label: 'Document #4', namespace: 'default' },
    ]);
  });
});
