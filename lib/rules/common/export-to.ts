/** exportTo lists (rules doc §1.6, Istio `validateExportTo`). */
import { isDns1123Label } from './dns';

export interface ExportToOptions {
  /** The resource's namespace, which `.` stands for. */
  namespace: string;
  /** `~` (export to nobody) is accepted only on ServiceEntry. */
  isServiceEntry?: boolean;
  /** DestinationRule with a workloadSelector: the list must be the own namespace only. */
  isDestinationRuleWithSelector?: boolean;
}

export interface ExportToIssue {
  /** Index of the offending entry; undefined when the list as a whole is wrong. */
  index?: number;
  message: string;
}

function visibilityError(v: string): string | null {
  if (v === '.' || v === '*') return null;
  if (v === '~') return 'exportTo ~ (none) is not allowed for Istio configuration objects';
  return isDns1123Label(v) ? null : 'only .,*, or a valid DNS 1123 label is allowed as exportTo entry';
}

/** Every issue of an exportTo list, in Istio's order. */
export function validateExportTo(exportTo: readonly string[], opts: ExportToOptions): ExportToIssue[] {
  const out: ExportToIssue[] = [];
  if (exportTo.length === 0) return out;
  const seen = new Set<string>();
  exportTo.forEach((e, index) => {
    // `.` is the own namespace, so `.` and that namespace are duplicates
    const key = e === '.' ? opts.namespace : e;
    if (seen.has(key)) {
      out.push({ index, message: key !== e ? `duplicate entries in exportTo: . and current namespace ${opts.namespace}` : `duplicate entries in exportTo for entry ${e}` });
      return;
    }
    if (opts.isServiceEntry && e === '~') {
      seen.add(key);
      return;
    }
    const err = visibilityError(key);
    if (err) out.push({ index, message: err });
    else seen.add(key);
  });
  if (opts.isDestinationRuleWithSelector && seen.size > 0) {
    if (!seen.has(opts.namespace)) out.push({ message: 'destination rule with workload selector cannot have exportTo beyond current namespace' });
    else if (seen.size > 1) out.push({ message: 'destination rule with workload selector cannot have multiple entries in exportTo' });
  }
  if (seen.has('*') && exportTo.length > 1) out.push({ message: 'cannot have both public (*) and non-public exportTo values for a resource' });
  if (seen.has('~') && exportTo.length > 1) out.push({ message: 'cannot export service entry to no one (~) and someone' });
  return out;
}
