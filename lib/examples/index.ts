/** The seed catalogue: the examples of Istio's ServiceEntry reference page, for the studio and the CLI. */
import type { ApiVersion } from '../core/resource';
import { convertApiVersion } from '../istio/versions';
import { SEEDS } from './seeds.generated';
import type { SeedExample } from './types';

export type { SeedExample } from './types';

/** Every seed example, ordered by id. */
export function listExamples(): readonly SeedExample[] {
  return SEEDS;
}

/** The example with this id (e.g. `04-egress-gateway-httpbin`), or undefined. */
export function getExample(id: string): SeedExample | undefined {
  return SEEDS.find((s) => s.id === id);
}

/** The example's text in `apiVersion`: as published for v1alpha3/v1beta1; v1 is the v1beta1 text converted. */
export function exampleText(example: SeedExample, apiVersion: ApiVersion): string {
  return apiVersion === 'v1' ? convertApiVersion(example.texts.v1beta1, 'v1').text : example.texts[apiVersion];
}
