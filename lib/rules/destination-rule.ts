/** Istio's webhook rules for DestinationRule (`ValidateDestinationRule`), reported node by node. */
import type { ResourceCheck } from '../core/finding';
import { goQuote, isDns1123Label, validateExportTo, validateWildcardDomain } from './common';
import { createContext, errorsOnly, type Path, type RuleContext } from './traffic/context';
import { checkLabels } from './traffic/labels';
import { checkTrafficPolicy } from './traffic/traffic-policy';
import { has, isObj, list, obj, str } from './traffic/values';

function checkSubsets(ctx: RuleContext, subsets: unknown[], path: Path): void {
  const names = new Set<string>();
  subsets.forEach((subset, i) => {
    const at = [...path, i];
    if (!isObj(subset)) {
      if (subset === null) ctx.report('DR002', at, 'subset may not be null');
      return;
    }
    const name = str(subset, 'name') ?? '';
    const nameAt = has(subset, 'name') ? [...at, 'name'] : at;
    if (names.has(name)) ctx.report('DR003', nameAt, `duplicate subset names: ${name}`);
    names.add(name);
    if (name === '') ctx.report('DR002', nameAt, 'subset name cannot be empty');
    else if (!isDns1123Label(name)) ctx.report('DR002', nameAt, `subset name is invalid: ${name}`);
    checkLabels(ctx, 'DR004', subset.labels, [...at, 'labels']);
    // NOTE: subset policies go through Istio's appendErrors, which drops their warnings
    checkTrafficPolicy(errorsOnly(ctx), subset.trafficPolicy, [...at, 'trafficPolicy']);
  });
}

function checkWorkloadSelector(ctx: RuleContext, spec: Record<string, unknown>): void {
  const selector = obj(spec, 'workloadSelector');
  if (!selector) return;
  const path = ['spec', 'workloadSelector'];
  const labels = obj(selector, 'matchLabels') ?? {};
  for (const [k, v] of Object.entries(labels)) {
    const value = typeof v === 'string' ? v : '';
    if (k === '') ctx.report('DR026', [...path, 'matchLabels', k], `empty key is not supported in selector: ${goQuote(`${k}=${value}`)}`, 'key');
    if (k.includes('*') || value.includes('*')) {
      ctx.report('DR026', [...path, 'matchLabels', k], `wildcard is not supported in selector: ${goQuote(`${k}=${value}`)}`, k.includes('*') ? 'key' : 'value');
    }
  }
  if (Object.keys(labels).length === 0) ctx.report('DR027', path, 'workload selector specified without labels', 'key');
}

function checkExportTo(ctx: RuleContext, spec: Record<string, unknown>): void {
  const entries = list(spec, 'exportTo');
  if (!entries.every((e) => typeof e === 'string')) return;
  const issues = validateExportTo(entries as string[], { namespace: ctx.namespace, isDestinationRuleWithSelector: has(spec, 'workloadSelector') });
  for (const issue of issues) {
    const at = issue.index === undefined ? ['spec', 'exportTo'] : ['spec', 'exportTo', issue.index];
    ctx.report('DR028', at, issue.message, issue.index === undefined ? 'key' : undefined);
  }
}

/** DestinationRule webhook rules: host, traffic policies, subsets, exportTo, workloadSelector. */
export const checkDestinationRule: ResourceCheck = (resource, emit) => {
  const spec = resource.spec;
  if (!isObj(spec)) return;
  const ctx = createContext(resource, emit);
  const host = str(spec, 'host');
  // a missing host is the structure pass's "required" finding; an empty one is Istio's
  if (host !== undefined) {
    const err = validateWildcardDomain(host);
    if (err) ctx.report('DR001', ['spec', 'host'], err);
  }
  checkTrafficPolicy(ctx, spec.trafficPolicy, ['spec', 'trafficPolicy']);
  checkSubsets(ctx, list(spec, 'subsets'), ['spec', 'subsets']);
  checkExportTo(ctx, spec);
  checkWorkloadSelector(ctx, spec);
};
