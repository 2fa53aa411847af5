/** Gateway references of VirtualServices and their matches (Istio `validateGatewayNames`). */
import { goQuote, isDns1123Label, validateFqdn } from '../common';
import type { Path, RuleContext } from './context';

export interface GatewayNameOptions {
  /** Gateway-API-generated routes (annotation `internal.istio.io/route-semantics: gateway`) skip the name check. */
  gatewaySemantics: boolean;
}

/** Validate a `gateways` list at `path`. Callers pass an errors-only context where Istio drops the legacy warning. */
export function checkGatewayNames(ctx: RuleContext, names: unknown[], path: Path, opts: GatewayNameOptions): void {
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    if (typeof name !== 'string') continue;
    const at = [...path, i];
    const slash = name.indexOf('/');
    if (slash < 0) {
      if (name.includes('.')) {
        const parts = name.split('.');
        const recommended = `${parts[1]}/${parts[0]}`;
        ctx.report('VS003', at, `using legacy gatewayName format ${goQuote(name)}; prefer the <namespace>/<name> format: ${goQuote(recommended)}`);
      }
      const err = validateFqdn(name);
      if (err) ctx.report('VS002', at, err);
      // NOTE: Istio returns after the first entry without a namespace, so later entries go unchecked
      return;
    }
    const [ns, gw] = [name.slice(0, slash), name.slice(slash + 1)];
    if (ns === '' || gw === '') ctx.report('VS002', at, 'config namespace and gateway name cannot be empty');
    if (!isDns1123Label(ns)) ctx.report('VS002', at, `invalid value for namespace: ${goQuote(ns)}`);
    if (!isDns1123Label(gw) && !opts.gatewaySemantics) ctx.report('VS002', at, `invalid value for gateway name: ${goQuote(gw)}`);
  }
}
