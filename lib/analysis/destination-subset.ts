/** VirtualService destination subsets must be declared by a DestinationRule for that host, visible to the VirtualService. */
import type { Emit } from '../core/finding';
import { finding } from './catalog';
import { destinationPath } from './vs-routes';
import { describeScope, visibleFrom } from './export-scope';
import { canonicalHost } from './hosts';
import { destinationRulesFor, displayName, type WorkspaceIndex } from './workspace-index';

/** istioctl DestinationRuleAnalyzer (IST0101 host+subset / mirror+subset), exportTo-aware. */
export function checkDestinationSubsets(ix: WorkspaceIndex, emit: Emit): void {
  for (const vs of ix.virtualServices) {
    const r = vs.resource;
    const ns = r.effectiveNamespace;
    for (const d of vs.destinations) {
      if (d.subset === undefined) continue;
      const rules = destinationRulesFor(ix, canonicalHost(d.host, ns));
      const declaring = rules.filter((dr) => dr.subsets.has(d.subset!));
      if (declaring.some((dr) => visibleFrom(dr.scope, ns))) continue;
      const ref = `${d.mirror ? 'mirror' : 'host'}+subset in destinationrule`;
      const head = `Referenced ${ref} not found: "${d.host}+${d.subset}"`;
      const path = [...destinationPath(d), 'subset'];
      if (declaring.length > 0) {
        const dr = declaring[0]!;
        emit(finding('XR015', r, path,
          `${head}: DestinationRule ${displayName(dr.resource)} defines subset "${d.subset}" but exports it to ${describeScope(dr.scope)}, not to namespace ${ns} of VirtualService ${displayName(r)}`));
      } else if (rules.length > 0) {
        const list = rules.map((dr) => `${displayName(dr.resource)} (${dr.subsets.size ? [...dr.subsets].join(', ') : 'no subsets'})`);
        emit(finding('XR004', r, path, `${head}: DestinationRule ${list.join('; ')} for host ${d.host} does not define subset "${d.subset}"`));
      } else {
        emit(finding('XR004', r, path, `${head}: no DestinationRule in the workspace has host ${d.host}`));
      }
    }
  }
}
