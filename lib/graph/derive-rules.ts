/** DestinationRules: their policy is described on the node of their host, and their diagnostics attached there. */
import type { Builder } from './builder';
import type { Context } from './context';
import { wholeScope } from './diagnostics';
import { arr, rec, str } from './read';
import { keyOf, locate, qualified } from './refs';
import { resolveTargets } from './targets';

/** Attach each DestinationRule to its host's node (creating a "not in workspace" node when nothing defines the host). */
export function deriveRules(b: Builder, ctx: Context) {
  for (const dr of ctx.drs) {
    const subsets = arr(dr.spec.subsets)
      .map((s) => str(rec(s)?.name))
      .filter((s): s is string => s !== undefined);
    const mode = str(rec(rec(dr.spec.trafficPolicy)?.tls)?.mode);
    const summary = [qualified(dr.resource), mode ? `tls ${mode}` : '', subsets.length ? `subsets ${subsets.join(', ')}` : ''].filter(Boolean).join(', ');
    for (const id of resolveTargets(b, ctx, dr.host)) {
      b.detail(id, 'DestinationRule', summary);
      b.attach(id, [wholeScope(keyOf(dr.resource))], locate(dr.resource));
    }
  }
}
