/** HTTPFaultInjection checks (Istio `validateHTTPFaultInjection`). */
import { goQuote } from '../common';
import { checkDuration, type Path, type RuleContext } from './context';
import { goFloat } from './go-format';
import { has, isObj, num, obj, str } from './values';

const GRPC_CODES = new Set([
  'OK', 'CANCELLED', 'UNKNOWN', 'INVALID_ARGUMENT', 'DEADLINE_EXCEEDED', 'NOT_FOUND', 'ALREADY_EXISTS', 'PERMISSION_DENIED', 'RESOURCE_EXHAUSTED',
  'FAILED_PRECONDITION', 'ABORTED', 'OUT_OF_RANGE', 'UNIMPLEMENTED', 'INTERNAL', 'UNAVAILABLE', 'DATA_LOSS', 'UNAUTHENTICATED',
]);

/** validateHTTPStatus: 200..600 accepted (the message says 599; Istio's bound is 600). */
export function validateHttpStatus(status: number): string | undefined {
  return status < 200 || status > 600 ? `HTTP status ${status} is not in range 200-599` : undefined;
}

function checkPercentage(ctx: RuleContext, parent: Record<string, unknown>, path: Path): void {
  const value = num(obj(parent, 'percentage'), 'value');
  if (value === undefined) return;
  if (value < 0 || value > 100 || (value > 0 && value < 0.0001)) {
    ctx.report('VS023', [...path, 'percentage', 'value'], `percentage ${goFloat(value)} is neither 0.0, nor in range [0.0001, 100.0]`);
  }
}

function checkAbort(ctx: RuleContext, abort: Record<string, unknown>, path: Path): void {
  checkPercentage(ctx, abort, path);
  if (has(abort, 'grpcStatus')) {
    const status = str(abort, 'grpcStatus');
    if (status !== undefined && !GRPC_CODES.has(status)) {
      ctx.report('VS023', [...path, 'grpcStatus'], `gRPC status ${goQuote(status)} is not supported. See https://github.com/grpc/grpc/blob/master/doc/statuscodes.md for a list of supported codes, for example 'NOT_FOUND'`);
    }
  } else if (has(abort, 'http2Error')) {
    ctx.report('VS023', [...path, 'http2Error'], 'HTTP/2 abort fault injection not supported yet', 'key');
  } else if (has(abort, 'httpStatus')) {
    const status = num(abort, 'httpStatus');
    const err = status === undefined ? undefined : validateHttpStatus(status);
    if (err) ctx.report('VS023', [...path, 'httpStatus'], err);
  }
  // NOTE: "abort configured, but error type not set" is a warning Istio drops (appendErrors) for VirtualServices
}

function checkDelay(ctx: RuleContext, delay: Record<string, unknown>, path: Path): void {
  checkPercentage(ctx, delay, path);
  if (has(delay, 'fixedDelay')) checkDuration(ctx, 'VS033', delay, 'fixedDelay', path);
  else if (has(delay, 'exponentialDelay')) {
    checkDuration(ctx, 'VS033', delay, 'exponentialDelay', path);
    ctx.report('VS023', [...path, 'exponentialDelay'], 'exponentialDelay not supported yet', 'key');
  }
}

/** Validate `fault` at `path`. */
export function checkFault(ctx: RuleContext, fault: unknown, path: Path): void {
  if (!isObj(fault)) return;
  const abort = obj(fault, 'abort');
  const delay = obj(fault, 'delay');
  if (!has(fault, 'abort') && !has(fault, 'delay')) ctx.report('VS023', path, 'HTTP fault injection must have an abort and/or a delay');
  if (abort) checkAbort(ctx, abort, [...path, 'abort']);
  if (delay) checkDelay(ctx, delay, [...path, 'delay']);
}
