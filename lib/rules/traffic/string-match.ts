/** StringMatch and regex checks of VirtualService matches (Istio `validateStringMatch*`, RE2 syntax via re2js). */
import { RE2JS } from 're2js';
import { byteLength, goQuote } from '../common';
import type { TrafficCode } from './catalog';
import type { Path, RuleContext } from './context';
import { isObj, str } from './values';

const RE2_HINT = 'Istio uses RE2 style regex-based match (https://github.com/google/re2/wiki/Syntax)';

// NOTE: compiling with re2js costs milliseconds; the studio re-validates on every keystroke, so parse results are
// memoized (a pure function of the pattern), bounded so a long session cannot grow it without limit.
const parseErrors = new Map<string, string | null>();
const MAX_MEMO = 512;

function re2ParseError(re: string): string | null {
  const memo = parseErrors.get(re);
  if (memo !== undefined) return memo;
  let err: string | null = null;
  try {
    RE2JS.compile(re);
  } catch (e) {
    err = e instanceof Error ? e.message : String(e);
  }
  if (parseErrors.size >= MAX_MEMO) parseErrors.delete(parseErrors.keys().next().value!);
  parseErrors.set(re, err);
  return err;
}

/** Istio `validateStringRegexp`: at most 1024 bytes and valid RE2 (re2js reports Go's exact parse errors). */
export function validateRegex(re: string, where: string): string | undefined {
  if (byteLength(re) > 1024) return `${goQuote(where)}: regex is too large, max length allowed is 1024`;
  const err = re2ParseError(re);
  return err === null ? undefined : `${goQuote(where)}: ${err}; ${RE2_HINT}`;
}

/**
 * Report the problems of a StringMatch at `path`. `allowEmptyPrefix` is for `uri` (Envoy accepts an empty path
 * prefix); elsewhere an empty prefix is an error. An empty `exact` is never checked.
 */
export function checkStringMatch(ctx: RuleContext, code: TrafficCode, sm: unknown, where: string, path: Path, allowEmptyPrefix = false): void {
  if (!isObj(sm)) return;
  if (!allowEmptyPrefix && str(sm, 'prefix') === '') ctx.report(code, [...path, 'prefix'], `${goQuote(where)}: prefix string match should not be empty`);
  const regex = str(sm, 'regex');
  if (regex === undefined) return;
  const err = regex === '' ? `${goQuote(where)}: regex string match should not be empty` : validateRegex(regex, where);
  if (err) ctx.report(code, [...path, 'regex'], err);
}
