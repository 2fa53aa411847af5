/** No false positives: the structure pass on Istio's own examples and on 200 real-world configurations. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateText } from '../validate';

const root = new URL('../../fixtures/', import.meta.url);
const read = (rel: string) => readFileSync(new URL(rel, root), 'utf8');

function structureOf(rel: string) {
  const { workspace, diagnostics } = validateText(read(rel));
  return { resources: workspace.resources.length, found: diagnostics.filter((d) => d.source === 'structure') };
}

describe('structure pass on the vendored fixtures', () => {
  const examples = readdirSync(new URL('examples/', root), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(new URL(`examples/${d.name}/`, root)).filter((f) => f.endsWith('.yaml')).map((f) => `examples/${d.name}/${f}`));

  it('finds nothing in any Istio example', () => {
    expect(examples.length).toBeGreaterThan(10);
    let resources = 0;
    for (const rel of examples) {
      const r = structureOf(rel);
      resources += r.resources;
      expect(r.found.map((d) => `${rel}: ${d.code} ${d.message}`)).toEqual([]);
    }
    expect(resources).toBeGreaterThan(examples.length);
  });

  it('finds no error in the real-world configs, only the known unknown fields', () => {
    const files = readdirSync(new URL('realworld/', root)).filter((f) => f.endsWith('.yaml'));
    expect(files).toHaveLength(200);
    const found = files.flatMap((f) => structureOf(`realworld/${f}`).found.map((d) => `${f} ${d.severity} ${d.code} ${d.path}`));
    // fixtures/realworld/README.md: a removed field (twice) and one snake_case field
    expect(found).toEqual([
      '139-testdata-config-rule-websocket-route.yaml warning STR004 spec.http[0].websocketUpgrade',
      '139-testdata-config-rule-websocket-route.yaml warning STR004 spec.http[0].websocketUpgrade',
      '192-api-vs-redirect-authority-prefix-rewrite.yaml warning STR004 spec.http[0].redirect.prefix_rewrite',
    ]);
  });
});
