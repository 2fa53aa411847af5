/**
 * Istio's unreachable-rule analysis of a VirtualService (`analyzeUnreachable{HTTP,TCP,TLS}Rules`): rules after a
 * catch-all, duplicate matches, and http `uri.prefix` matches shadowed by an earlier, shorter prefix.
 */
import { goQuote } from '../common';
import type { Path, RuleContext } from './context';
import { isObj, list, num, obj, str } from './values';

const MAP_FIELDS = new Set(['headers', 'queryParams', 'withoutHeaders', 'sourceLabels']);
const ONEOF_STRING = new Set(['exact', 'prefix', 'regex']);

/** A canonical form of a match, equal when Go's json.Marshal of the decoded protos (minus `name`) is equal. */
function canonical(v: unknown, key = ''): unknown {
  if (Array.isArray(v)) return v.length === 0 ? undefined : v.map((x) => canonical(x));
  if (isObj(v)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) {
      const c = canonical(v[k], k);
      if (c !== undefined) out[k] = c;
    }
    // maps are omitted when empty; messages (`uri: {}`) stay
    return MAP_FIELDS.has(key) && Object.keys(out).length === 0 ? undefined : out;
  }
  // proto3 zero scalars are unset, except the members of StringMatch's oneof
  if (v === null || ((v === '' || v === 0 || v === false) && !ONEOF_STRING.has(key))) return undefined;
  return v;
}

function matchKey(match: unknown): string {
  if (!isObj(match)) return 'null';
  const rest = { ...match };
  delete rest.name;
  return JSON.stringify(canonical(rest));
}

const ruleName = (route: unknown, i: number, http: boolean) => (http && str(route, 'name') ? goQuote(str(route, 'name')!) : `#${i}`);
const matchName = (match: unknown, i: number, http: boolean) => (http && str(match, 'name') ? goQuote(str(match, 'name')!) : `#${i}`);

interface PrefixMatch {
  rule: string;
  match: string;
  path: Path;
  prefix: string;
  port: number;
  method: string;
  authority: string;
  headers: Map<string, string>;
  queryParams: Map<string, string>;
  withoutHeaders: Map<string, string>;
}

/** assignExactOrPrefix: `exact:x`, `prefix:x`, or '' (regex and empty matches). */
function exactOrPrefix(sm: unknown): string {
  const exact = str(sm, 'exact') ?? '';
  if (exact !== '') return `exact:${exact}`;
  const prefix = str(sm, 'prefix') ?? '';
  return prefix !== '' ? `prefix:${prefix}` : '';
}

function stringMap(m: unknown): Map<string, string> {
  return new Map(Object.entries(isObj(m) ? m : {}).map(([k, v]) => [k, exactOrPrefix(v)]));
}

function prefixMatch(match: unknown, rule: string, name: string, path: Path): PrefixMatch | undefined {
  const prefix = str(obj(match, 'uri'), 'prefix') ?? '';
  if (!isObj(match) || prefix === '') return undefined;
  return {
    rule,
    match: name,
    path,
    prefix,
    port: num(match, 'port') ?? 0,
    // no method means GET for this comparison (Istio genMatchHTTPRoutes)
    method: exactOrPrefix(match.method) || 'exact:GET',
    authority: exactOrPrefix(match.authority),
    headers: stringMap(match.headers),
    queryParams: stringMap(match.queryParams),
    withoutHeaders: stringMap(match.withoutHeaders),
  };
}

const covers = (a: string, b: string) => a === b || a.startsWith(b);

function mapCovered(a: Map<string, string>, b: Map<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) {
    const w = b.get(k);
    if (w === undefined || !covers(v, w)) return false;
  }
  return true;
}

/** coveredValidation: the earlier match `a` takes every request the later match `b` would. */
function covered(a: PrefixMatch, b: PrefixMatch): boolean {
  return (
    b.prefix.startsWith(a.prefix) &&
    a.port === b.port &&
    covers(a.method, b.method) &&
    covers(a.authority, b.authority) &&
    mapCovered(a.headers, b.headers) &&
    mapCovered(a.queryParams, b.queryParams) &&
    mapCovered(a.withoutHeaders, b.withoutHeaders)
  );
}

/** Report unreachable rules and ineffective matches of one route list (`http`, `tcp` or `tls`) at `path`. */
export function checkUnreachable(ctx: RuleContext, routes: unknown[], path: Path, http: boolean): void {
  const seen = new Map<string, number>();
  let catchAll = -1;
  const prefixes: PrefixMatch[] = [];
  routes.forEach((route, r) => {
    if (!isObj(route)) return;
    const rule = ruleName(route, r, http);
    const matches = list(route, 'match');
    if (matches.length === 0) {
      if (catchAll >= 0) ctx.report('VS010', [...path, r], `virtualService rule ${rule} not used (only the last rule can have no matches)`);
      catchAll = r;
      return;
    }
    let duplicates = 0;
    matches.forEach((match, m) => {
      const at = [...path, r, 'match', m];
      if (catchAll >= 0) {
        ctx.report('VS010', at, `virtualService rule ${rule} not used (route without matches defined before)`);
        return;
      }
      const key = matchKey(match);
      const dup = seen.get(key);
      if (dup !== undefined) {
        ctx.report('VS011', at, `virtualService rule ${rule} match ${matchName(match, m, http)} is not used (duplicate/overlapping match in rule ${ruleName(routes[dup], dup, http)})`);
        duplicates++;
        return;
      }
      seen.set(key, r);
      const pm = http ? prefixMatch(match, rule, matchName(match, m, http), at) : undefined;
      if (pm) prefixes.push(pm);
    });
    if (duplicates === matches.length) ctx.report('VS010', [...path, r], `virtualService rule ${rule} not used (all matches used by prior rules)`);
  });
  prefixes.forEach((a, i) => {
    for (const b of prefixes.slice(i + 1)) {
      if (b.prefix === a.prefix || !covered(a, b)) continue;
      ctx.report('VS011', b.path, `virtualService rule ${b.rule} match ${b.match} of prefix ${b.prefix} is not used (duplicate/overlapping match in rule ${a.match} of prefix ${a.prefix} on ${a.rule})`);
    }
  });
}
