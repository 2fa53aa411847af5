/** JSON Schema (draft-07) of each kind and of a whole workspace, generated from the zod model, for monaco-yaml. */
import { z } from 'zod';
import { ISTIO_KINDS, type IstioKind } from '../core/resource';
import { getDescriptor } from './registry';

/** A JSON Schema object (draft-07). */
export type JsonSchema = Record<string, unknown>;

// NOTE: draft-07 because yaml-language-server 1.x (under monaco-yaml) implements draft-07 keywords
// (if/then, definitions); `io: 'input'` describes what a user writes.
const OPTIONS = { target: 'draft-07', io: 'input', reused: 'inline' } as const;

const cache = new Map<IstioKind, JsonSchema>();

/** JSON Schema of a whole `kind` resource (apiVersion, kind, metadata, spec), with Istio's descriptions. Cached. */
export function jsonSchemaFor(kind: IstioKind): JsonSchema {
  let schema = cache.get(kind);
  if (!schema) {
    const d = getDescriptor(kind);
    schema = { ...(z.toJSONSchema(d.schema, OPTIONS) as JsonSchema), title: kind, description: d.description };
    cache.set(kind, schema);
  }
  return schema;
}

let workspace: JsonSchema | undefined;

/**
 * JSON Schema for any document of a multi-document workspace: dispatches on `kind` with if/then, so
 * documents of other kinds (a Deployment beside a ServiceEntry) are left unconstrained.
 */
export function workspaceJsonSchema(): JsonSchema {
  if (workspace) return workspace;
  const definitions: Record<string, JsonSchema> = {};
  for (const kind of ISTIO_KINDS) {
    const { $schema: _drop, ...rest } = jsonSchemaFor(kind);
    void _drop;
    definitions[kind] = rest;
  }
  workspace = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Istio networking resources',
    type: 'object',
    definitions,
    allOf: ISTIO_KINDS.map((kind) => ({
      if: { properties: { kind: { const: kind } }, required: ['kind'] },
      then: { $ref: `#/definitions/${kind}` },
    })),
  };
  return workspace;
}
