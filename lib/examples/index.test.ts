import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { exampleText, getExample, listExamples } from './index';

const root = join(__dirname, '../..');

describe('seed catalogue', () => {
  it('is up to date with fixtures/examples (run `node scripts/gen-examples.mjs` when this fails)', () => {
    const fresh = execFileSync(process.execPath, [join(root, 'scripts/gen-examples.mjs'), '--stdout'], { encoding: 'utf8' });
    expect(fresh).toBe(readFileSync(join(__dirname, 'seeds.generated.ts'), 'utf8'));
  });

  it('holds one example per fixture folder, in order, with both published texts', () => {
    const folders = readdirSync(join(root, 'fixtures/examples')).filter((f) => /^\d\d-/.test(f)).sort();
    expect(listExamples().map((e) => e.id)).toEqual(folders);
    for (const e of listExamples()) {
      expect(e.texts.v1alpha3).toBe(readFileSync(join(root, 'fixtures/examples', e.id, 'v1alpha3.yaml'), 'utf8'));
      expect(e.description.length).toBeGreaterThan(40);
    }
  });

  it('finds an example by id and gives its text in v1', () => {
    const e = getExample('04-egress-gateway-httpbin');
    expect(e?.kinds).toEqual(['ServiceEntry', 'Gateway', 'VirtualService']);
    expect(getExample('nope')).toBeUndefined();
    const v1 = parseAllDocuments(exampleText(e!, 'v1')).map((d) => d.toJS().apiVersion);
    expect(v1).toEqual(['networking.istio.io/v1', 'networking.istio.io/v1', 'networking.istio.io/v1']);
  });
});
