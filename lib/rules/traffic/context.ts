/** The reporting context every DR/VS rule helper receives: the resource, and one way to emit a finding. */
import type { PathSegment } from '../../core/diagnostic';
import type { Emit } from '../../core/finding';
import type { IstioResource } from '../../core/resource';
import { validateDuration } from '../common';
import { trafficCatalog, trafficIstioCode, type TrafficCode } from './catalog';
import { isObj } from './values';

export type Path = readonly PathSegment[];

export interface RuleContext {
  resource: IstioResource;
  /** The namespace the webhook sees: the manifest's, or `default` as `kubectl apply` fills it in. */
  namespace: string;
  report(code: TrafficCode, path: Path, message: string, target?: 'value' | 'key'): void;
}

/** A context that emits findings with the catalog's severity, docs link and istioctl code. */
export function createContext(resource: IstioResource, emit: Emit): RuleContext {
  return {
    resource,
    namespace: resource.effectiveNamespace,
    report(code, path, message, target) {
      const info = trafficCatalog[code];
      emit({
        severity: info.severity,
        code,
        message,
        resource,
        path: [...path],
        ...(target === 'key' ? { target } : {}),
        istioCode: trafficIstioCode(code),
        docsUrl: info.docsUrl,
      });
    },
  };
}

/** A context that drops warnings: Istio validates some nested blocks through `appendErrors`, which keeps errors only. */
export function errorsOnly(ctx: RuleContext): RuleContext {
  return { ...ctx, report: (code, path, message, target) => (trafficCatalog[code].severity === 'error' ? ctx.report(code, path, message, target) : undefined) };
}

/** Report Istio's duration check of `parent[key]` (skipped when absent or not a duration string). */
export function checkDuration(ctx: RuleContext, code: TrafficCode, parent: unknown, key: string, path: Path): void {
  const v = isObj(parent) ? parent[key] : undefined;
  const err = typeof v === 'string' ? validateDuration(v) : null;
  if (err) ctx.report(code, [...path, key], err);
}
