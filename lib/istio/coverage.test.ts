/**
 * Coverage of Istio's CRD by the model: every spec path of each kind's CRD schema (all three versions) is in
 * the generated JSON Schema with the same type, enum, bounds, required fields, oneOf groups and description,
 * and the JSON Schema has nothing the CRD lacks.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_VERSIONS, ISTIO_KINDS } from '../core/resource';
import { jsonSchemaFor } from './json-schema';

type Node = Record<string, unknown>;
const crds = JSON.parse(readFileSync(new URL('../../fixtures/istio-networking-crd-schemas.json', import.meta.url), 'utf8')) as Record<string, Node>;

/** Every node under `spec`, keyed by path: `.name` for properties, `[]` for items, `{}` for map values. */
function nodes(schema: Node, path = 'spec', out = new Map<string, Node>()): Map<string, Node> {
  out.set(path, schema);
  const props = schema.properties as Record<string, Node> | undefined;
  for (const [k, v] of Object.entries(props ?? {})) nodes(v, `${path}.${k}`, out);
  if (schema.items && typeof schema.items === 'object') nodes(schema.items as Node, `${path}[]`, out);
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') nodes(schema.additionalProperties as Node, `${path}{}`, out);
  return out;
}

const propertyCount = (m: Map<string, Node>) => [...m.keys()].filter((p) => /\.\w+$/.test(p) && p !== 'spec').length;

/** Our type and nullability: zod writes nullable as `type: [t, "null"]`, or `anyOf: [s, {type: "null"}]` when s has bounds. */
function typeOf(n: Node): { type: unknown; nullable: boolean } {
  const alt = n.anyOf as Node[] | undefined;
  if (alt?.length === 2 && alt[1]!.type === 'null') return { type: alt[0]!.type, nullable: true };
  if (Array.isArray(n.type)) {
    const t = n.type.filter((x) => x !== 'null');
    return { type: t.length === 1 ? t[0] : t, nullable: n.type.includes('null') };
  }
  return { type: n.type, nullable: false };
}

const BOUNDS = ['minimum', 'maximum', 'minItems', 'maxItems', 'maxLength', 'maxProperties'] as const;

describe.each(ISTIO_KINDS)('%s covers its CRD', (kind) => {
  const ours = nodes((jsonSchemaFor(kind).properties as Record<string, Node>).spec as Node);

  it.each(API_VERSIONS)('every CRD spec path of %s is modelled alike', (version) => {
    const crd = nodes((crds[`${kind}/${version}`]!.properties as Record<string, Node>).spec!);
    const missing = [...crd.keys()].filter((p) => !ours.has(p));
    console.log(`${kind}/${version}: ${propertyCount(crd) - missing.filter((p) => /\.\w+$/.test(p)).length}/${propertyCount(crd)} spec fields`);
    expect(missing).toEqual([]);
    const mismatches: string[] = [];
    for (const [path, c] of crd) {
      const raw = ours.get(path)!;
      const alt = raw.anyOf as Node[] | undefined;
      const o = alt?.length === 2 && alt[1]!.type === 'null' ? { ...alt[0], description: raw.description } : raw;
      const ot = typeOf(raw);
      if (c.type !== ot.type) mismatches.push(`${path}: type ${String(ot.type)} ≠ ${String(c.type)}`);
      if (Boolean(c.nullable) !== ot.nullable) mismatches.push(`${path}: nullable ${ot.nullable}`);
      if (c.enum && JSON.stringify(c.enum) !== JSON.stringify(o.enum)) mismatches.push(`${path}: enum ${JSON.stringify(o.enum)}`);
      if (!c.enum && o.enum) mismatches.push(`${path}: enum where the CRD has none`);
      for (const b of BOUNDS) if (c[b] !== undefined && c[b] !== o[b]) mismatches.push(`${path}: ${b} ${String(o[b])} ≠ ${String(c[b])}`);
      const req = (n: Node) => JSON.stringify([...((n.required as string[] | undefined) ?? [])].sort());
      if (req(c) !== req(o)) mismatches.push(`${path}: required ${req(o)} ≠ ${req(c)}`);
      for (const k of ['oneOf', 'allOf'] as const) if (JSON.stringify(c[k]) !== JSON.stringify(o[k])) mismatches.push(`${path}: ${k} differs`);
      if (path !== 'spec' && c.description && c.description !== o.description) mismatches.push(`${path}: description ${JSON.stringify(o.description)}`);
      if (c.properties && o.additionalProperties !== false) mismatches.push(`${path}: not strict`);
    }
    expect(mismatches).toEqual([]);
  });

  it('has no field the CRD lacks', () => {
    const crd = nodes((crds[`${kind}/v1`]!.properties as Record<string, Node>).spec!);
    expect([...ours.keys()].filter((p) => !crd.has(p))).toEqual([]);
  });
});

it('covers all 591 spec fields of the five kinds', () => {
  const total = ISTIO_KINDS.reduce((n, kind) => n + propertyCount(nodes((crds[`${kind}/v1`]!.properties as Record<string, Node>).spec!)), 0);
  const ours = ISTIO_KINDS.reduce((n, kind) => n + propertyCount(nodes((jsonSchemaFor(kind).properties as Record<string, Node>).spec as Node)), 0);
  console.log(`model covers ${ours}/${total} CRD spec fields`);
  expect(total).toBe(591);
  expect(ours).toBe(total);
});
