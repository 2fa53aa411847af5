import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { convertApiVersion } from './versions';

const se = (v: string) => `apiVersion: networking.istio.io/${v}\nkind: ServiceEntry\nmetadata:\n  name: a\nspec:\n  hosts: [a.com]\n`;

describe('convertApiVersion', () => {
  it('rewrites only the apiVersion line and keeps every other byte', () => {
    const src = `# leading comment
apiVersion: "networking.istio.io/v1alpha3"   # why this version
kind: ServiceEntry
metadata: {name: a,   labels: {x: 'y'}}
spec:
    hosts:
        - a.com     # four-space indent kept
    ports: [{number: 80, name: http, protocol: HTTP}]
`;
    const out = convertApiVersion(src, 'v1');
    expect(out.ok).toBe(true);
    expect(out.converted).toBe(1);
    expect(out.text).toBe(src.replace('"networking.istio.io/v1alpha3"', '"networking.istio.io/v1"'));
  });

  it('keeps single quotes and flow-style documents', () => {
    const src = `{apiVersion: 'networking.istio.io/v1beta1', kind: Gateway, metadata: {name: g}}\n`;
    expect(convertApiVersion(src, 'v1alpha3').text).toBe(`{apiVersion: 'networking.istio.io/v1alpha3', kind: Gateway, metadata: {name: g}}\n`);
  });

  it('converts every Istio document and leaves others alone', () => {
    const k8s = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n';
    const envoyFilter = 'apiVersion: networking.istio.io/v1alpha3\nkind: EnvoyFilter\nmetadata:\n  name: f\n';
    const src = [se('v1alpha3'), k8s, envoyFilter, se('v1beta1')].join('---\n');
    const out = convertApiVersion(src, 'v1');
    expect(out.converted).toBe(2);
    expect(out.text).toBe([se('v1'), k8s, envoyFilter, se('v1')].join('---\n'));
  });

  it('converts the items of a kind: List but not the List itself', () => {
    const src = 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: networking.istio.io/v1alpha3\n  kind: VirtualService\n  metadata: {name: v}\n- apiVersion: v1\n  kind: ConfigMap\n';
    const out = convertApiVersion(src, 'v1beta1');
    expect(out.converted).toBe(1);
    expect(out.text).toBe(src.replace('networking.istio.io/v1alpha3', 'networking.istio.io/v1beta1'));
  });

  it('never writes a namespace that the source does not have', () => {
    const out = convertApiVersion(se('v1alpha3'), 'v1');
    const data = parseAllDocuments(out.text).map((d) => d.toJS());
    expect(data[0].metadata).toEqual({ name: 'a' });
  });

  it('round-trips v1alpha3 → v1 → v1alpha3 byte for byte', () => {
    const src = `---\n# c1\n${se('v1alpha3')}...\n# after end\n--- !!map\n${se('v1alpha3').replace('\n', '  # c2\n')}`;
    const there = convertApiVersion(src, 'v1').text;
    expect(there).not.toBe(src);
    expect(convertApiVersion(there, 'v1alpha3').text).toBe(src);
  });

  it('reports resources it cannot convert, with a location, and does not throw', () => {
    const src = [
      'kind: ServiceEntry\nmetadata: {name: noversion}\n',
      'apiVersion: networking.istio.io/v2\nkind: Gateway\nmetadata: {name: g}\n',
      'x: &v networking.istio.io/v1alpha3\napiVersion: *v\nkind: Gateway\n',
      'apiVersion: networking.istio.io/v1alpha3\nkind: ServiceEntry\nspec: {hosts: [a\n',
    ].join('---\n');
    const out = convertApiVersion(src, 'v1');
    expect(out.ok).toBe(false);
    expect(out.converted).toBe(0);
    expect(out.diagnostics.map((d) => [d.code, d.document, d.range.line])).toEqual([
      ['VER001', 0, 1],
      ['VER003', 1, 4],
      ['VER002', 2, 9],
      ['VER004', 3, 12],
    ]);
    expect(out.diagnostics[0]!.resource).toEqual({ kind: 'ServiceEntry', name: 'noversion' });
    expect(out.text).toBe(src);
  });

  it('handles empty and comment-only text', () => {
    expect(convertApiVersion('', 'v1')).toEqual({ ok: true, text: '', converted: 0, diagnostics: [] });
    expect(convertApiVersion('# only\n---\n', 'v1').text).toBe('# only\n---\n');
  });

  it('leaves the same kind in another API group alone', () => {
    const src = 'apiVersion: example.com/v1alpha3\nkind: ServiceEntry\n';
    expect(convertApiVersion(src, 'v1')).toMatchObject({ ok: true, text: src, converted: 0 });
  });
});
