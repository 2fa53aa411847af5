/**
 * Shared building blocks of the Istio-rules pass: Istio's validators for names, ports, addresses, labels,
 * exportTo and durations (each returns Istio's exact message, or null when valid), and the helpers rule
 * modules use to emit findings with their code's severity, docs link and istioctl code.
 */
import type { PathSegment } from '../core/diagnostic';
import type { Emit, Finding } from '../core/finding';
import type { IstioResource } from '../core/resource';
import { ruleSpec, type RuleCode } from './catalog';

export * from './common/data';
export * from './common/dns';
export * from './common/duration';
export * from './common/export-to';
export * from './common/ip';
export * from './common/labels';
export * from './common/ports';
export * from './common/quote';
export * from './common/unix';

/** A per-kind rule module: reads `resource.spec` as plain data and emits findings. */
export type RuleModule = (resource: IstioResource, emit: Emit) => void;

/** Builds findings for one code: `rule('SE010')(resource, ['spec','hosts'], 'service entry must have at least one host')`. */
export function rule(code: RuleCode) {
  const spec = ruleSpec(code);
  return (resource: IstioResource, path: PathSegment[], message: string, target?: 'value' | 'key'): Finding => ({
    severity: spec.severity,
    code,
    message,
    resource,
    path,
    ...(target ? { target } : {}),
    istioCode: spec.istioCode,
    docsUrl: spec.docsUrl,
  });
}

/** A reporter bound to one resource: `report('SE010', ['spec','hosts'], message)`. */
export type Report = (code: RuleCode, path: PathSegment[], message: string, target?: 'value' | 'key') => void;

/** Binds `rule` to a resource and an emitter, for modules that emit many findings. */
export function reporter(resource: IstioResource, emit: Emit): Report {
  return (code, path, message, target) => emit(rule(code)(resource, path, message, target));
}
