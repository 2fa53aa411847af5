/** Test helper: every document of a kind in the vendored examples and real-world configs, as plain data. */
import { readdirSync, readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import type { IstioKind } from '../../core/resource';

const root = new URL('../../../fixtures/', import.meta.url);

function files(): URL[] {
  const examples = readdirSync(new URL('examples/', root), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(new URL(`examples/${d.name}/`, root)).map((f) => new URL(`examples/${d.name}/${f}`, root)));
  const realworld = readdirSync(new URL('realworld/', root)).map((f) => new URL(`realworld/${f}`, root));
  return [...examples, ...realworld].filter((u) => u.pathname.endsWith('.yaml'));
}

/** `[file name, document]` for every `networking.istio.io` document of `kind` in the fixtures. */
export function fixtureDocs(kind: IstioKind): [string, Record<string, unknown>][] {
  const out: [string, Record<string, unknown>][] = [];
  for (const url of files()) {
    for (const doc of parseAllDocuments(readFileSync(url, 'utf8'))) {
      const v = doc.toJS() as Record<string, unknown> | null;
      if (v?.kind === kind && String(v.apiVersion).startsWith('networking.istio.io/')) out.push([url.pathname.split('/').slice(-2).join('/'), v]);
    }
  }
  return out;
}
