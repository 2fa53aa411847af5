/** Structure pass: each resource against the zod model of its kind — types, enums, required fields, bounds, unknown fields. */
import type { PathSegment } from '../core/diagnostic';
import type { Emit, ResourceCheck } from '../core/finding';
import type { IstioResource } from '../core/resource';
import { FULL_API_VERSIONS, ObjectMetaSchema } from './kinds/metadata';
import { getDescriptor } from './registry';
import { draftsFor, type IssueContext } from './structure-issues';
import { suggestKey } from './suggest';

const VERSIONS = FULL_API_VERSIONS as readonly string[];
const RESOURCE_KEYS = ['apiVersion', 'kind', 'metadata', 'spec', 'status'];

/** Check apiVersion, metadata and spec of one resource; never throws. */
export const checkStructure: ResourceCheck = (resource, emit) => {
  const d = getDescriptor(resource.kind);
  const report = (code: string, message: string, path: PathSegment[], severity: 'error' | 'warning' = 'error') =>
    emit({ severity, code, message, resource, path, docsUrl: d.docsUrl });

  if (!VERSIONS.includes(resource.apiVersion)) {
    const expected = `expected one of ${[...VERSIONS].reverse().join(', ')}`;
    report('STR006', resource.apiVersion ? `apiVersion "${resource.apiVersion}" is not served for ${resource.kind}; ${expected}` : `missing apiVersion; ${expected}`, ['apiVersion']);
  }

  for (const key of resource.extraKeys ?? []) {
    const hint = suggestKey(key, RESOURCE_KEYS);
    const message = hint ? `unknown field "${key}"; did you mean "${hint}"?` : `unknown field "${key}": a resource has only apiVersion, kind, metadata, spec and status`;
    emit({ severity: 'warning', code: 'STR004', message, resource, path: [key], target: 'key', docsUrl: d.docsUrl });
  }

  checkMetadata(resource, emit, d.docsUrl);

  // NOTE: Kubernetes prunes `spec: null` (an empty `spec:` line), so it counts as absent.
  if (resource.spec === undefined || resource.spec === null) {
    if (d.specRequired) report('STR003', `missing required field "spec"`, ['spec']);
    return;
  }
  parseInto({ resource, kind: resource.kind, schema: d.specSchema, data: resource.spec, prefix: ['spec'], docsUrl: d.docsUrl }, emit);
};

function checkMetadata(resource: IstioResource, emit: Emit, docsUrl: string) {
  const meta = resource.metadata;
  const generated = typeof meta.generateName === 'string' && meta.generateName !== '';
  const ctx: IssueContext = { resource, kind: resource.kind, schema: ObjectMetaSchema, data: meta, prefix: ['metadata'], docsUrl };
  if (typeof meta.name !== 'string' || meta.name === '') {
    // generateName stands in for name with `kubectl create`
    if (!generated) {
      const message = meta.name === undefined || meta.name === null || meta.name === '' ? `missing metadata.name: every ${resource.kind} needs a name` : `metadata.name must be a string`;
      emit({ severity: 'error', code: 'STR007', message, resource, path: ['metadata', 'name'], target: meta.name === undefined ? 'value' : 'key', docsUrl });
    }
    parseInto(ctx, emit, { ...meta, name: 'x' });
    return;
  }
  parseInto(ctx, emit);
}

function parseInto(ctx: IssueContext, emit: Emit, data: unknown = ctx.data) {
  const result = ctx.schema.safeParse(data);
  if (result.success) return;
  for (const issue of result.error.issues) {
    for (const draft of draftsFor(issue, ctx)) {
      emit({ ...draft, resource: ctx.resource, path: [...ctx.prefix, ...draft.path], ...(ctx.docsUrl ? { docsUrl: ctx.docsUrl } : {}) });
    }
  }
}
