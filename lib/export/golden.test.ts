/** Golden tests: every seed example exports faithfully to each API version. */
import { describe, expect, it } from 'vitest';
import { Lexer, parseAllDocuments } from 'yaml';
import { API_VERSIONS, type ApiVersion } from '../core/resource';
import { listExamples, type SeedExample } from '../examples';
import { exportWorkspace } from './index';

const data = (text: string) => parseAllDocuments(text).map((d) => d.toJS() as Record<string, unknown>);
const comments = (text: string) => [...new Lexer().lex(text)].filter((t) => t.startsWith('#'));

/** What the seed must look like in `v`: as published, and for v1 the v1beta1 data with apiVersion changed. */
function expected(seed: SeedExample, v: ApiVersion) {
  if (v !== 'v1') return data(seed.texts[v]);
  return data(seed.texts.v1beta1).map((d) => ({ ...d, apiVersion: 'networking.istio.io/v1' }));
}

describe.each(listExamples().map((s) => [s.id, s] as const))('%s', (_id, seed) => {
  for (const from of ['v1alpha3', 'v1beta1'] as const) {
    it.each(API_VERSIONS.map((v) => [v]))(`exports ${from} to %s as the published data, comments kept`, (v) => {
      const out = exportWorkspace(seed.texts[from], { apiVersion: v });
      expect(out.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(data(out.text)).toEqual(expected(seed, v));
      for (const c of comments(seed.texts[from])) expect(out.text).toContain(c);
    });
  }

  it('round-trips v1alpha3 → v1 → v1alpha3 byte for byte', () => {
    const v1 = exportWorkspace(seed.texts.v1alpha3, { apiVersion: 'v1' }).text;
    expect(exportWorkspace(v1, { apiVersion: 'v1alpha3' }).text).toBe(seed.texts.v1alpha3);
  });
});
