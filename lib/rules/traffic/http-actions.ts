/** Redirect, direct response, rewrite and authority checks of an http route (Istio virtualservice.go / validation.go). */
import { byteLength, goQuote, validatePort } from '../common';
import type { Path, RuleContext } from './context';
import { validateHttpStatus } from './fault';
import { isAuthorityHeader } from './headers';
import { validateRegex } from './string-match';
import { has, isObj, num, obj, str } from './values';

const KIB = 1024;
const MIB = 1024 * KIB;

/** validateHTTPRedirect: the first problem only, as Istio returns on the first. */
function redirectError(redirect: Record<string, unknown>, matches: unknown[]): { key?: string; message: string } | undefined {
  const uri = str(redirect, 'uri') ?? '';
  const prefixRewrite = str(redirect, 'prefixRewrite') ?? '';
  if (uri !== '' && prefixRewrite !== '') return { key: 'prefixRewrite', message: 'redirect may only specify one of uri or prefix_rewrite' };
  if (prefixRewrite !== '' && matches.some((m) => isObj(obj(m, 'uri')) && !has(obj(m, 'uri'), 'prefix'))) {
    return { key: 'prefixRewrite', message: 'redirect prefix_rewrite requires all URI matches to use prefix match type' };
  }
  const any = uri !== '' || prefixRewrite !== '' || (str(redirect, 'authority') ?? '') !== '' || has(redirect, 'port') || has(redirect, 'derivePort') || (str(redirect, 'scheme') ?? '') !== '';
  if (!any) return { message: 'redirect must specify URI, authority, scheme, or port' };
  const code = num(redirect, 'redirectCode') ?? 0;
  if (code !== 0 && (code < 300 || code > 399)) return { key: 'redirectCode', message: `${code} is not a valid redirect code, must be 3xx` };
  const scheme = str(redirect, 'scheme') ?? '';
  if (scheme !== '' && scheme !== 'http' && scheme !== 'https') return { key: 'scheme', message: 'invalid redirect scheme, must be "http" or "https"' };
  const port = num(redirect, 'port') ?? 0;
  const portErr = port > 0 ? validatePort(port) : null;
  return portErr ? { key: 'port', message: portErr } : undefined;
}

/** Validate `redirect` at `path`; `matches` are the route's matches (prefixRewrite needs prefix URI matches). */
export function checkRedirect(ctx: RuleContext, redirect: unknown, matches: unknown[], path: Path): void {
  if (!isObj(redirect)) return;
  const err = redirectError(redirect, matches);
  if (err) ctx.report('VS027', err.key ? [...path, err.key] : path, err.message, err.key ? undefined : 'key');
}

/** Body size in bytes: UTF-8 for `string`, decoded size for base64 `bytes`. */
function bodySize(body: Record<string, unknown>): number {
  const s = str(body, 'string');
  if (s !== undefined) return byteLength(s);
  const b = (str(body, 'bytes') ?? '').replace(/[\s=]+/g, '');
  return Math.floor((b.length * 3) / 4);
}

/** Validate `directResponse` at `path`. */
export function checkDirectResponse(ctx: RuleContext, dr: unknown, path: Path): void {
  if (!isObj(dr)) return;
  const body = obj(dr, 'body');
  if (body) {
    const size = bodySize(body);
    if (size > MIB) ctx.report('VS028', [...path, 'body'], 'large direct_responses may impact control plane performance, must be less than 1MB', 'key');
    else if (size > 100 * KIB) ctx.report('VS029', [...path, 'body'], 'large direct_responses may impact control plane performance', 'key');
  }
  const err = validateHttpStatus(num(dr, 'status') ?? 0);
  if (err) ctx.report('VS028', has(dr, 'status') ? [...path, 'status'] : path, err, has(dr, 'status') ? undefined : 'key');
}

/** Validate `rewrite` at `path` (validateHTTPRewrite). */
export function checkRewrite(ctx: RuleContext, rewrite: unknown, path: Path): void {
  if (!isObj(rewrite)) return;
  const uri = str(rewrite, 'uri') ?? '';
  const regexRewrite = obj(rewrite, 'uriRegexRewrite');
  if (uri !== '' && has(rewrite, 'uriRegexRewrite')) {
    ctx.report('VS031', [...path, 'uriRegexRewrite'], 'rewrite may only contain one of URI or UriRegexRewrite', 'key');
    return;
  }
  if (uri === '' && !has(rewrite, 'uriRegexRewrite') && (str(rewrite, 'authority') ?? '') === '') {
    ctx.report('VS031', path, 'rewrite must specify at least one of URI, UriRegexRewrite, or authority. Only one of URI or UriRegexRewrite may be specified');
    return;
  }
  if (!regexRewrite) return;
  const match = str(regexRewrite, 'match') ?? '';
  const at = [...path, 'uriRegexRewrite'];
  if (match === '' || (str(regexRewrite, 'rewrite') ?? '') === '') {
    ctx.report('VS031', at, 'UriRegexRewrite has errors\nUriRegexRewrite requires both Rewrite and Match fields to be specified', 'key');
    return;
  }
  const err = validateRegex(match, 'HTTPRewrite.UriRegexRewrite.Match');
  if (err) ctx.report('VS031', [...at, 'match'], `UriRegexRewrite has errors\n${err}`);
}

/** validateAuthorityRewrite: the authority may be set once, by rewrite.authority or one request header operation. */
export function checkAuthorityRewrite(ctx: RuleContext, route: Record<string, unknown>, path: Path): void {
  let current = str(obj(route, 'rewrite'), 'authority') ?? '';
  const request = obj(obj(route, 'headers'), 'request');
  for (const op of ['set', 'add']) {
    for (const [k, v] of Object.entries(obj(request, op) ?? {})) {
      if (!isAuthorityHeader(k) || typeof v !== 'string') continue;
      if (current !== '') {
        ctx.report('VS021', [...path, 'headers', 'request', op, k], `authority header cannot be set multiple times: have ${goQuote(current)}, attempting to set ${goQuote(v)}`, 'key');
        return;
      }
      current = v;
    }
  }
}
