/** The zod model of Istio's networking kinds: schemas, inferred types, registry, JSON Schema and the structure pass. */
export * from './kinds/common';
export * from './kinds/metadata';
export * from './kinds/workload-entry';
export * from './kinds/service-entry';
export * from './kinds/destination';
export * from './kinds/http-route';
export * from './kinds/virtual-service';
export * from './kinds/load-balancer';
export * from './kinds/traffic-policy';
export * from './kinds/destination-rule';
export * from './kinds/gateway';
export * from './registry';
export * from './json-schema';
export { checkStructure } from './structure';
export * from './field-docs';
