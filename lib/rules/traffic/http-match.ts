/** HTTPMatchRequest checks (Istio `validateHTTPRouteMatchRequest`). */
import { isDns1123Label, validatePort } from '../common';
import { errorsOnly, type Path, type RuleContext } from './context';
import { checkGatewayNames } from './gateways';
import { validateMatchHeaderName } from './headers';
import { checkLabels } from './labels';
import { checkStringMatch } from './string-match';
import { isObj, list, num, obj, str } from './values';

function checkHeaderMatches(ctx: RuleContext, match: Record<string, unknown>, key: 'headers' | 'withoutHeaders', path: Path): void {
  for (const [name, sm] of Object.entries(obj(match, key) ?? {})) {
    const at = [...path, key, name];
    const err = validateMatchHeaderName(name);
    if (err) ctx.report('VS016', at, err, 'key');
    // NOTE: in withoutHeaders the regex `*` means "header present"; it is not compiled
    if (key === 'withoutHeaders' && str(sm, 'regex') === '*') continue;
    checkStringMatch(ctx, 'VS017', sm, key, at);
  }
}

/** Validate the `match` list of an http route at `path`. */
export function checkHttpMatches(ctx: RuleContext, matches: unknown[], path: Path): void {
  matches.forEach((m, i) => {
    if (!isObj(m)) return;
    const at = [...path, i];
    checkHeaderMatches(ctx, m, 'headers', at);
    checkHeaderMatches(ctx, m, 'withoutHeaders', at);
    checkStringMatch(ctx, 'VS017', m.uri, 'uri', [...at, 'uri'], true);
    for (const key of ['scheme', 'method', 'authority']) checkStringMatch(ctx, 'VS017', m[key], key, [...at, key]);
    for (const [name, sm] of Object.entries(obj(m, 'queryParams') ?? {})) checkStringMatch(ctx, 'VS017', sm, 'queryParams', [...at, 'queryParams', name]);
    const port = num(m, 'port') ?? 0;
    const portErr = port !== 0 ? validatePort(port) : null;
    if (portErr) ctx.report('VS018', [...at, 'port'], portErr);
    checkLabels(ctx, 'VS018', m.sourceLabels, [...at, 'sourceLabels']);
    // NOTE: Istio folds these through appendErrors, dropping the legacy gateway-name warning
    checkGatewayNames(errorsOnly(ctx), list(m, 'gateways'), [...at, 'gateways'], { gatewaySemantics: false });
    const ns = str(m, 'sourceNamespace') ?? '';
    if (ns !== '' && !isDns1123Label(ns)) ctx.report('VS018', [...at, 'sourceNamespace'], `sourceNamespace match ${ns} is invalid`);
  });
}
