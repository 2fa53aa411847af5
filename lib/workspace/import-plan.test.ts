import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseWorkspace } from '../yaml/parse';
import { planImport } from './import-plan';

const se = 'apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: ext # keep me\n  namespace: egress\nspec:\n  hosts: [a.com]\n';

describe('planImport', () => {
  test('imports Istio documents with their comments and skips the rest with reasons and lines', () => {
    const input = `${se}---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n---\n---\nkey: [unclosed\n`;
    const p = planImport(input);
    expect(p.imported).toEqual([{ kind: 'ServiceEntry', name: 'ext', namespace: 'egress', line: 1 }]);
    expect(p.text).toContain('# keep me');
    expect(p.skipped.map((s) => [s.label, s.line])).toEqual([
      ['Deployment web', 9],
      ['document 3', 13],
      ['document 4', 16],
    ]);
    expect(p.skipped[0]!.reason).toMatch(/not an Istio networking kind/);
    expect(p.skipped[1]!.reason).toBe('empty document');
    expect(p.skipped[2]!.reason).toMatch(/^YAML error at line 16/);
  });

  test('expands a kind: List into one document per Istio item', () => {
    const input = [
      'apiVersion: v1',
      'kind: List',
      'items:',
      '- apiVersion: networking.istio.io/v1beta1',
      '  kind: Gateway',
      '  metadata: {name: gw}',
      '- apiVersion: v1',
      '  kind: Service',
      '  metadata: {name: svc}',
      '- apiVersion: networking.istio.io/v1beta1',
      '  kind: DestinationRule',
      '  metadata: {name: dr}',
    ].join('\n');
    const p = planImport(input);
    expect(p.imported.map((i) => `${i.kind}/${i.name}`)).toEqual(['Gateway/gw', 'DestinationRule/dr']);
    expect(p.skipped.map((s) => s.label)).toEqual(['Service svc']);
    const again = parseWorkspace(p.text);
    expect(again.resources.map((r) => [r.kind, r.basePath])).toEqual([
      ['Gateway', []],
      ['DestinationRule', []],
    ]);
  });

  test('List items keep their comments and quoting', () => {
    const input = [
      'apiVersion: v1',
      'kind: List',
      'items:',
      '# the external API',
      '- apiVersion: networking.istio.io/v1',
      '  kind: ServiceEntry',
      '  metadata:',
      '    name: ext # owned by team-a',
      '  spec:',
      '    hosts: ["api.example.com"]',
      '    # DNS, not STATIC',
      '    resolution: DNS',
      '# the second one',
      '- apiVersion: networking.istio.io/v1',
      '  kind: ServiceEntry',
      '  metadata: {name: two}',
      '  spec: {hosts: [two.example.com]}',
    ].join('\n');
    const p = planImport(input);
    expect(p.imported.map((i) => `${i.kind}/${i.name}`)).toEqual(['ServiceEntry/ext', 'ServiceEntry/two']);
    expect(p.text).toMatch(/^# the external API\napiVersion/);
    expect(p.text).toContain('---\n# the second one\napiVersion');
    expect(p.text).toContain('name: ext # owned by team-a');
    expect(p.text).toContain('hosts: [ "api.example.com" ]');
    expect(p.text).toContain('# DNS, not STATIC\nresolution: DNS'.replace('\nres', '\n  res'));
    expect(parseWorkspace(p.text).resources.map((r) => r.name)).toEqual(['ext', 'two']);
  });

  test('the planned text re-parses to the same resources for every seed example', () => {
    const dir = 'fixtures/examples';
    for (const ex of readdirSync(dir)) {
      for (const f of readdirSync(`${dir}/${ex}`).filter((n) => n.endsWith('.yaml'))) {
        const input = readFileSync(`${dir}/${ex}/${f}`, 'utf8');
        const p = planImport(input);
        const before = parseWorkspace(input).resources.map((r) => `${r.kind}/${r.namespace}/${r.name}`);
        expect(p.imported.length, `${ex}/${f}`).toBe(before.length);
        expect(parseWorkspace(p.text).resources.map((r) => `${r.kind}/${r.namespace}/${r.name}`)).toEqual(before);
      }
    }
  });

  test('documents with a directive keep their content', () => {
    const p = planImport(`%YAML 1.2\n---\n${se}`);
    expect(p.imported).toHaveLength(1);
    expect(p.text.startsWith('apiVersion:')).toBe(true);
  });

  test('empty input imports nothing and reports nothing', () => {
    expect(planImport('')).toEqual({ imported: [], skipped: [], text: '' });
  });
});
