/** Header names and values of VirtualService matches and header operations (rules doc §1.8). */
import { goQuote } from '../common';
import type { Path, RuleContext } from './context';
import { headerValueSyntaxError } from './header-value';
import { isObj, list, obj } from './values';

const TOKEN = /^[!#$%&'*+\-.^_`|~A-Za-z0-9]+$/;
const PSEUDO_HEADERS = new Set([':method', ':scheme', ':authority', ':path', ':status']);
const JWT_CLAIM_PREFIX = '@request.auth.claims';
// NOTE: Go's regexp excludes 0x00-0x08, 0x0A-0x1F and 0x7F (tab is allowed)
const CONTROL_CHARS = /[\u0000-\u0008\u000A-\u001F\u007F]/;

/** jwt.ToRoutingClaim(...).Match: `@request.auth.claims.a.b` or `@request.auth.claims[a][b]` (prefix case-insensitive). */
export function isJwtClaimHeader(name: string): boolean {
  if (!name.toLowerCase().startsWith(JWT_CLAIM_PREFIX)) return false;
  const rest = name.slice(JWT_CLAIM_PREFIX.length);
  return (rest.startsWith('.') && rest.length > 1) || (rest.startsWith('[') && rest.endsWith(']') && rest.length > 2);
}

/** ValidateHTTPHeaderNameOrJwtClaimRoute: names in `headers` / `withoutHeaders` matches. */
export function validateMatchHeaderName(name: string): string | undefined {
  if (name === '') return 'header name cannot be empty';
  if (isJwtClaimHeader(name) || PSEUDO_HEADERS.has(name) || TOKEN.test(name)) return undefined;
  return `header name ${name} is not a valid header name`;
}

/** ValidateCORSHTTPHeaderName: `*` or an RFC 7230 token. */
export function validateCorsHeaderName(name: string): string | undefined {
  if (name === '') return 'header name cannot be empty';
  if (name === '*' || TOKEN.test(name)) return undefined;
  return `header name ${name} is not a valid header name`;
}

const isInternal = (k: string) => k.startsWith(':') || k.toLowerCase() === 'host';
/** Whether a header sets the authority (`:authority` or `host`, any case). */
export const isAuthorityHeader = (k: string) => k.toLowerCase() === ':authority' || k.toLowerCase() === 'host';

/** ValidateHTTPHeaderWithAuthorityOperationName: request `set`/`add` (authority is checked separately). */
function validateRequestSetName(name: string): string | undefined {
  if (name === '') return 'header name cannot be empty';
  if (isInternal(name) && !isAuthorityHeader(name)) return `invalid header ${goQuote(name)}: header cannot have ":" prefix`;
  return undefined;
}

/** ValidateHTTPHeaderOperationName: request `remove` and every response operation. */
function validateOperationName(name: string): string | undefined {
  if (name === '') return 'header name cannot be empty';
  if (name.toLowerCase() === 'host') return `invalid header ${goQuote(name)}: cannot set Host header`;
  if (isInternal(name)) return `invalid header ${goQuote(name)}: header cannot have ":" prefix`;
  return undefined;
}

/** ValidateHTTPHeaderValue. */
export function validateHeaderValue(value: string): string | undefined {
  if (CONTROL_CHARS.test(value)) return `header value configuration ${value} is invalid`;
  const err = headerValueSyntaxError(value);
  return err ? `header value configuration: ${err}` : undefined;
}

function checkSetOrAdd(ctx: RuleContext, ops: unknown, path: Path, nameCheck: (n: string) => string | undefined): void {
  if (!isObj(ops)) return;
  for (const [name, value] of Object.entries(ops)) {
    const nameErr = nameCheck(name);
    if (nameErr) ctx.report('VS019', [...path, name], nameErr, 'key');
    const valueErr = typeof value === 'string' ? validateHeaderValue(value) : undefined;
    if (valueErr) ctx.report('VS020', [...path, name], valueErr);
  }
}

function checkRemove(ctx: RuleContext, names: unknown[], path: Path): void {
  names.forEach((name, i) => {
    const err = typeof name === 'string' ? validateOperationName(name) : undefined;
    if (err) ctx.report('VS019', [...path, i], err);
  });
}

/** Validate a `headers` block (route level or per destination) at `path`. */
export function checkHeaderOperations(ctx: RuleContext, headers: unknown, path: Path): void {
  const request = obj(headers, 'request');
  const response = obj(headers, 'response');
  const req = [...path, 'request'];
  const res = [...path, 'response'];
  checkSetOrAdd(ctx, request?.add, [...req, 'add'], validateRequestSetName);
  checkSetOrAdd(ctx, request?.set, [...req, 'set'], validateRequestSetName);
  checkRemove(ctx, list(request, 'remove'), [...req, 'remove']);
  checkSetOrAdd(ctx, response?.add, [...res, 'add'], validateOperationName);
  checkSetOrAdd(ctx, response?.set, [...res, 'set'], validateOperationName);
  checkRemove(ctx, list(response, 'remove'), [...res, 'remove']);
}
