/** The form of each kind: metadata fields an author sets, and the spec's field tree from the zod model. */
import type { IstioKind } from '../core/resource';
import { ObjectMetaSchema } from '../istio/kinds/metadata';
import { getDescriptor } from '../istio/registry';
import { describeField, type FieldDescriptor } from './descriptor';

/** Metadata fields shown in forms; the rest are set by the API server and kept as they are. */
export const AUTHORED_METADATA = ['name', 'namespace', 'labels', 'annotations'] as const;

export interface KindForm {
  metadata: FieldDescriptor;
  spec: FieldDescriptor;
}

// Descriptors are pure functions of the static model: computed once per kind.
const cache = new Map<IstioKind, KindForm>();

/** Field descriptors of `kind`'s metadata and spec. */
export function kindForm(kind: IstioKind): KindForm {
  let f = cache.get(kind);
  if (!f) {
    const meta = describeField(ObjectMetaSchema, 'metadata');
    meta.fields = meta.fields?.filter((x) => (AUTHORED_METADATA as readonly string[]).includes(x.key));
    const spec = describeField(getDescriptor(kind).specSchema, 'spec');
    f = { metadata: meta, spec };
    cache.set(kind, f);
  }
  return f;
}
