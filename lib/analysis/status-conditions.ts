/** Status conditions Istio writes on ServiceEntries and WorkloadEntries (e.g. exported from a cluster). */
import type { Emit } from '../core/finding';
import { arr, obj, str } from './data';
import { finding } from './catalog';

import type { IstioResource } from '../core/resource';

// NOTE: istioctl ConditionAnalyzer reads only this condition type for ServiceEntry and WorkloadEntry
const WAYPOINT_BOUND = 'istio.io/WaypointBound';

/** istioctl ConditionAnalyzer (IST0171) for the kinds Entryway models. */
export function checkStatusConditions(resources: readonly IstioResource[], emit: Emit): void {
  for (const r of resources) {
    if (r.kind !== 'ServiceEntry' && r.kind !== 'WorkloadEntry') continue;
    arr(obj(r.status)?.conditions).forEach((c, i) => {
      const cond = obj(c);
      if (!cond || cond.type !== WAYPOINT_BOUND || cond.status !== 'False') return;
      emit(finding('XR022', r, ['status', 'conditions', i, 'status'],
        `A condition with a negative status is present: type=${WAYPOINT_BOUND}, reason=${str(cond.reason) ?? ''}, message=${str(cond.message) ?? ''}.`));
    });
  }
}
