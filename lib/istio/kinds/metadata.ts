/** Kubernetes ObjectMeta and the resource envelope (apiVersion, kind, metadata, spec) shared by the five kinds. */
import { z } from 'zod';
import { API_VERSIONS, ISTIO_GROUP, type ApiVersion, type IstioKind } from '../../core/resource';
import { stringMap } from './common';

export type FullApiVersion = `${typeof ISTIO_GROUP}/${ApiVersion}`;

/** `networking.istio.io/v1alpha3`, `…/v1beta1`, `…/v1`: the versions every kind is served in. */
export const FULL_API_VERSIONS = API_VERSIONS.map((v) => `${ISTIO_GROUP}/${v}`) as [FullApiVersion, ...FullApiVersion[]];

export const ApiVersionSchema = z.enum(FULL_API_VERSIONS).describe('The versioned schema of this representation of the object; Istio serves v1, v1beta1 and v1alpha3.');

/** Kubernetes ObjectMeta. Name, namespace, labels and annotations are typed; server-set fields are accepted loosely. */
export const ObjectMetaSchema = z.strictObject({
  name: z.string().describe('Name must be unique within a namespace. Required when creating resources.'),
  namespace: z.string().optional().describe('The namespace of the resource; when absent, the namespace kubectl applies it to (usually "default").'),
  labels: stringMap().optional().describe('Map of string keys and values that can be used to organize and categorize objects.'),
  annotations: stringMap().optional().describe('Unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata.'),
  generateName: z.string().optional().describe('An optional prefix, used by the server, to generate a unique name only if the name field has not been provided.'),
  uid: z.string().optional().describe('The unique in time and space value for this object; set by the server.'),
  resourceVersion: z.string().optional().describe('An opaque value that represents the internal version of this object; set by the server.'),
  generation: z.int().optional().describe('A sequence number representing a specific generation of the desired state; set by the server.'),
  creationTimestamp: z.union([z.string(), z.null()]).optional().describe('When this object was created; set by the server.'),
  deletionTimestamp: z.string().optional().describe('When this resource will be deleted; set by the server.'),
  deletionGracePeriodSeconds: z.int().optional().describe('Seconds allowed for graceful termination before the object is removed.'),
  finalizers: z.array(z.string()).optional().describe('Must be empty before the object is deleted from the registry.'),
  ownerReferences: z.array(z.record(z.string(), z.unknown())).optional().describe('List of objects depended by this object.'),
  managedFields: z.array(z.record(z.string(), z.unknown())).optional().describe('Maps workflow-id and version to the set of fields that are managed by that workflow; set by the server.'),
  selfLink: z.string().optional().describe('Deprecated: a URL representing this object; set by the server.'),
});
export type ObjectMeta = z.infer<typeof ObjectMetaSchema>;

/** Status written by Istio's controllers; never authored, so accepted loosely. */
export const StatusSchema = z.record(z.string(), z.unknown()).describe('Status written by Istio; not part of the desired configuration.');

/** The whole resource of `kind`: apiVersion, kind, metadata and the given spec (pass `spec.optional()` when the CRD does not require it). */
export function resourceSchema<K extends IstioKind, S extends z.ZodType>(kind: K, spec: S, description: string) {
  return z.strictObject({
    apiVersion: ApiVersionSchema,
    kind: z.literal(kind).describe(`Always ${kind}.`),
    metadata: ObjectMetaSchema.describe('Standard Kubernetes object metadata.'),
    spec: spec.describe(description),
    status: StatusSchema.optional(),
  });
}
