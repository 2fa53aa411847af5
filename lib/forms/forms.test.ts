import { describe, expect, it } from 'vitest';
import { ISTIO_KINDS, type IstioResource } from '../core/resource';
import type { Diagnostic } from '../core/diagnostic';
import { applyEdit } from '../yaml/edit';
import { parseWorkspace } from '../yaml/parse';
import { fieldOf, type FieldDescriptor } from './descriptor';
import { kindForm } from './kind-form';
import { helpOf, labelOf } from './labels';
import { resolutionHints } from './service-entry-hints';
import { countUnder, diagnosticsAt, fieldEdit, newValue, parseNumber, removeItemEdit, renameKeyEdit, summarize, valueAt } from './values';

const at = (d: FieldDescriptor, ...keys: string[]) => keys.reduce<FieldDescriptor | undefined>((x, k) => (k === '[]' || k === '{}' ? x?.item : x && fieldOf(x, k)), d);

describe('kindForm: descriptors from the zod model', () => {
  it('describes every field of the ServiceEntry spec with its control', () => {
    const spec = kindForm('ServiceEntry').spec;
    expect(spec.fields?.map((f) => f.key)).toEqual(['hosts', 'addresses', 'ports', 'location', 'resolution', 'endpoints', 'workloadSelector', 'exportTo', 'subjectAltNames']);
    expect(at(spec, 'hosts')).toMatchObject({ kind: 'array', required: true, label: 'Hosts', item: { kind: 'string' } });
    expect(at(spec, 'resolution')).toMatchObject({ kind: 'enum', required: false, options: ['NONE', 'STATIC', 'DNS', 'DNS_ROUND_ROBIN', 'DYNAMIC_DNS'] });
    expect(at(spec, 'resolution')!.help).toBe('Service resolution mode for the hosts.');
    expect(at(spec, 'ports', '[]', 'number')).toMatchObject({ kind: 'number', integer: true, min: 0, max: 4294967295, required: true });
    expect(at(spec, 'endpoints', '[]', 'ports')).toMatchObject({ kind: 'map', item: { kind: 'number' } });
    expect(at(spec, 'workloadSelector', 'labels')).toMatchObject({ kind: 'map', item: { kind: 'string' } });
    expect(at(spec, 'exportTo')!.label).toBe('Export to');
  });

  it('finds oneOf groups, e.g. the StringMatch of a VirtualService URI match', () => {
    const uri = at(kindForm('VirtualService').spec, 'http', '[]', 'match', '[]', 'uri')!;
    expect(uri.kind).toBe('object');
    expect(uri.exclusive).toEqual([['exact', 'prefix', 'regex']]);
  });

  it('gives every kind a spec whose every leaf has a known control', () => {
    for (const kind of ISTIO_KINDS) {
      const leaves: FieldDescriptor[] = [];
      const walk = (d: FieldDescriptor) => (d.fields ?? (d.item ? [d.item] : [])).forEach((f) => (f.fields || f.item ? walk(f) : leaves.push(f)));
      walk(kindForm(kind).spec);
      expect(leaves.length, kind).toBeGreaterThan(2);
      expect(leaves.filter((l) => l.kind === 'unknown').map((l) => l.key), kind).toEqual([]);
    }
  });

  it('keeps only authored metadata', () => {
    expect(kindForm('Gateway').metadata.fields?.map((f) => f.key)).toEqual(['name', 'namespace', 'labels', 'annotations']);
  });
});

describe('labels and help', () => {
  it.each([
    ['subjectAltNames', 'Subject alt names'],
    ['sniHosts', 'SNI hosts'],
    ['caCertificates', 'CA certificates'],
    ['http1MaxPendingRequests', 'HTTP1 max pending requests'],
    ['workloadSelector', 'Workload selector'],
    ['tls', 'TLS'],
  ])('%s → %s', (key, label) => expect(labelOf(key)).toBe(label));

  it('drops the Valid Options trailer', () => {
    expect(helpOf('Mode.\n\nValid Options: A, B')).toBe('Mode.');
    expect(helpOf('\n\nValid Options: A')).toBeUndefined();
  });
});

const text = `apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: ext
spec:
  hosts:
  - api.example.com
  ports:
  - number: 443
    name: https
    protocol: TLS
  # how to find the endpoints
  resolution: DNS
  workloadSelector:
    labels:
      app: x
`;
const resource = (t = text): IstioResource => parseWorkspace(t).resources[0]!;

describe('edits from user actions', () => {
  it('clears an optional field by deleting its key, keeping the comment above', () => {
    const e = fieldEdit(resource(), ['spec', 'resolution'], '', false);
    expect(e).toEqual({ op: 'delete', document: 0, path: ['spec', 'resolution'] });
    const r = applyEdit(text, e);
    expect(r.ok && r.text).toBe(text.replace('  resolution: DNS\n', ''));
  });

  it('writes a required field even when empty', () => {
    expect(fieldEdit(resource(), ['metadata', 'name'], '', true)).toEqual({ op: 'set', document: 0, path: ['metadata', 'name'], value: '' });
  });

  it('removes an optional list when its last item goes, but not a required one', () => {
    expect(removeItemEdit(resource(), ['spec', 'ports'], 0, 1, false)).toEqual({ op: 'delete', document: 0, path: ['spec', 'ports'] });
    expect(removeItemEdit(resource(), ['spec', 'hosts'], 0, 1, true)).toEqual({ op: 'delete', document: 0, path: ['spec', 'hosts', 0] });
  });

  it('prefixes a List item basePath', () => {
    const list = `apiVersion: v1\nkind: List\nitems:\n- ${text.trim().split('\n').join('\n  ')}\n`;
    const r = resource(list);
    expect(r.basePath).toEqual(['items', 0]);
    const e = fieldEdit(r, ['spec', 'resolution'], 'STATIC', false);
    expect(e).toMatchObject({ path: ['items', 0, 'spec', 'resolution'] });
    const out = applyEdit(list, e);
    expect(out.ok && resource(out.text).spec).toMatchObject({ resolution: 'STATIC' });
  });

  it('renames a map key in place', () => {
    const e = renameKeyEdit(resource(), ['spec', 'workloadSelector', 'labels'], { app: 'x', tier: 'db' }, 'app', 'name');
    expect(e).toMatchObject({ op: 'set', value: { name: 'x', tier: 'db' } });
    expect(Object.keys((e as { value: object }).value)).toEqual(['name', 'tier']);
    expect(renameKeyEdit(resource(), [], { a: 1, b: 2 }, 'a', 'b')).toBeUndefined();
  });

  it('parses numbers', () => {
    expect(parseNumber(' 8080 ', true)).toEqual({ ok: true, value: 8080 });
    expect(parseNumber('', true)).toEqual({ ok: true, value: undefined });
    expect(parseNumber('1.5', true).ok).toBe(false);
    expect(parseNumber('abc', false).ok).toBe(false);
  });

  it('makes new items with their required fields', () => {
    const spec = kindForm('ServiceEntry').spec;
    expect(newValue(at(spec, 'ports', '[]')!)).toEqual({ name: '', number: 0 });
    expect(newValue(at(spec, 'hosts', '[]')!)).toBe('');
  });

  it('reads values and summarizes items', () => {
    expect(valueAt(resource().spec, ['ports', 0, 'number'])).toBe(443);
    expect(summarize({ number: 443, name: 'https', protocol: 'TLS', targetPort: 8443 })).toBe('443 · https · TLS');
  });

  it('matches diagnostics to fields by path', () => {
    const d = (path: string) => ({ path }) as Diagnostic;
    const diags = [d('spec.ports[0].name'), d('spec.ports[0]'), d('spec.portsX'), d('spec.hosts')];
    expect(diagnosticsAt(diags, ['spec', 'ports', 0, 'name'])).toHaveLength(1);
    expect(countUnder(diags, ['spec', 'ports'])).toBe(2);
  });
});

describe('resolution hints', () => {
  it('follows the resolution mode', () => {
    expect(resolutionHints({}).map((h) => h.text)[0]).toMatch(/^NONE \(the default\): no load balancing/);
    expect(resolutionHints({ resolution: 'STATIC', endpoints: [] }).map((h) => h.tone)).toEqual(['info', 'warning']);
    expect(resolutionHints({ resolution: 'STATIC', endpoints: [{ address: 'db.example.com' }] })[1]!.text).toContain('db.example.com');
    expect(resolutionHints({ resolution: 'STATIC', endpoints: [{ address: '10.0.0.1' }] })).toHaveLength(1);
    expect(resolutionHints({ resolution: 'DNS' })[0]!.text).toContain('resolves the hosts themselves');
    expect(resolutionHints({ resolution: 'DNS', endpoints: [{ address: 'a' }] })[0]!.text).toContain('resolves the endpoint addresses');
    expect(resolutionHints({ resolution: 'DNS', hosts: ['*.x.com'] }).some((h) => h.tone === 'warning')).toBe(true);
  });
});
