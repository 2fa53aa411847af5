/** Deprecated VirtualService fields istioctl analyze reports. */
import type { Emit } from '../core/finding';
import { arr, obj } from './data';
import { finding } from './catalog';
import type { WorkspaceIndex } from './workspace-index';

/** istioctl DeprecationAnalyzer (IST0002): `http[].fault.delay.percent` (the integer percent) in use. */
export function checkVsDeprecated(ix: WorkspaceIndex, emit: Emit): void {
  for (const vs of ix.virtualServices) {
    arr(vs.spec.http).forEach((rule, i) => {
      const percent = obj(obj(obj(rule)?.fault)?.delay)?.percent;
      if (typeof percent !== 'number' || percent <= 0) return;
      emit(finding('XR021', vs.resource, ['spec', 'http', i, 'fault', 'delay', 'percent'],
        'Deprecated: HTTPRoute.fault.delay.percent is deprecated; use HTTPRoute.fault.delay.percentage'));
    });
  }
}
