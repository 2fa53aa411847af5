import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../validate';
import { analyze } from './test-kit';

const dir = (p: string) => new URL(`../../fixtures/${p}/`, import.meta.url);

describe('seed examples', () => {
  const examples = readdirSync(dir('examples')).filter((d) => !d.includes('.'));
  for (const ex of examples) {
    for (const file of readdirSync(new URL(`${ex}/`, dir('examples')))) {
      it(`${ex}/${file}: no finding, except the real problems of 04`, () => {
        const found = analyze(readFileSync(new URL(`${ex}/${file}`, dir('examples')), 'utf8'));
        if (ex === '04-egress-gateway-httpbin') {
          // the VirtualService in `egress` names `istio-egressgateway`, which lives in istio-system (see gateway-ref/egress-path tests)
          expect(found.map((d) => `${d.code} ${d.at}`)).toEqual(['XR005 46:5', 'XR016 54:15', 'XR005 58:9']);
        } else {
          expect(found).toEqual([]);
        }
      });
    }
  }
});

describe('real-world configurations', () => {
  it('analyze answers every file, each finding located inside the text', () => {
    const files = readdirSync(dir('realworld')).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBe(200);
    for (const f of files) {
      const text = readFileSync(new URL(f, dir('realworld')), 'utf8');
      const lines = text.split('\n').length;
      const { diagnostics } = analyzeText(text);
      for (const d of diagnostics.filter((x) => x.source === 'analysis')) {
        expect(d.range.line, `${f} ${d.code}`).toBeGreaterThanOrEqual(1);
        expect(d.range.endLine, `${f} ${d.code}`).toBeLessThanOrEqual(lines);
      }
    }
  });
});

describe('malformed input', () => {
  it('never throws, whatever the spec holds', () => {
    const kinds = ['ServiceEntry', 'WorkloadEntry', 'DestinationRule', 'VirtualService', 'Gateway'];
    const specs = ['null', '"text"', '42', '[1, 2]', '{hosts: 5, ports: "x", exportTo: 3, host: [], subsets: {a: 1}, servers: [null, {port: "x", hosts: 7}], gateways: {}, http: [{match: 3, route: {}}, null], tls: "x", tcp: [{route: [null]}], trafficPolicy: {tls: [], portLevelSettings: [null, {tls: 1}]}, selector: [], workloadSelector: 1}'];
    for (const kind of kinds) {
      for (const spec of specs) {
        const text = `apiVersion: networking.istio.io/v1\nkind: ${kind}\nmetadata: {name: x}\nspec: ${spec}\nstatus: {addresses: 1, conditions: [null, 3]}\n`;
        expect(() => analyzeText(`${text}---\n${text}`), `${kind} ${spec}`).not.toThrow();
      }
    }
  });
});
