/** Per-resource Istio webhook rules, dispatched by kind, after the metadata checks every kind shares. */
import type { IstioKind } from '../core/resource';
import { dict, goQuote, reporter, type RuleModule } from './common';
import { checkDestinationRule } from './destination-rule';
import { checkGateway } from './gateway';
import { checkServiceEntry } from './service-entry';
import { checkVirtualService } from './virtual-service';
import { checkWorkloadEntry } from './workload-entry';

const byKind: Partial<Record<IstioKind, RuleModule>> = {
  ServiceEntry: checkServiceEntry,
  WorkloadEntry: checkWorkloadEntry,
  Gateway: checkGateway,
  DestinationRule: checkDestinationRule,
  VirtualService: checkVirtualService,
};

const DRY_RUN = 'istio.io/dry-run';
const ALWAYS_REJECT = 'internal.istio.io/webhook-always-reject';
const INTERNAL_PARENTS = ['internal.istio.io/parent-namespace', 'internal.istio.io/parents'];

/** The webhook's annotation checks, common to every networking kind (rules doc §0). */
export const checkMetadata: RuleModule = (resource, emit) => {
  const annotations = dict(resource.metadata.annotations);
  if (!annotations) return;
  const report = reporter(resource, emit);
  const at = (key: string) => ['metadata', 'annotations', key];
  if (DRY_RUN in annotations) {
    report('COMMON001', at(DRY_RUN), `${resource.namespace ?? ''}/${resource.name} has unsupported annotation ${DRY_RUN}, please remove the annotation`, 'key');
  }
  if (ALWAYS_REJECT in annotations) report('COMMON002', at(ALWAYS_REJECT), `${goQuote(ALWAYS_REJECT)} annotation found, rejecting`, 'key');
  for (const key of INTERNAL_PARENTS) {
    if (key in annotations) report('COMMON003', at(key), `${goQuote(key)} annotation found, this may not be set by users`, 'key');
  }
};

/** Run the webhook rules of the resource's kind. Never throws on malformed input. */
export const checkRules: RuleModule = (resource, emit) => {
  checkMetadata(resource, emit);
  byKind[resource.kind]?.(resource, emit);
};
