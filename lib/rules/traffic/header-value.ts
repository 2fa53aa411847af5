/**
 * Envoy's custom-header value syntax (`%VAR%`, `%VAR(args)%`, `%%`), as Istio ports Envoy's header_parser.cc
 * in header_value_validator.go. Returns the error detail or undefined.
 */

type State = 'literal' | 'name' | 'expectArray' | 'expectString' | 'string' | 'delimiterOrEnd' | 'argsEnd' | 'variableEnd';

const PREFIX = 'invalid header configuration. ';

/** One step of the parser: the next state, how many extra characters to skip, or an error. */
function step(state: State, ch: string, next: string | undefined): { state: State; skip?: number } | { error: string } {
  switch (state) {
    case 'literal':
      if (ch !== '%') return { state };
      if (next === undefined) return { error: `${PREFIX}Un-escaped %` };
      return next === '%' ? { state, skip: 1 } : { state: 'name' };
    case 'name':
      return { state: ch === '%' ? 'literal' : ch === '(' ? 'expectArray' : 'name' };
    case 'expectArray':
      return { state: ch === '[' ? 'expectString' : ch === ' ' ? state : 'string' };
    case 'delimiterOrEnd':
      if (ch === ',') return { state: 'expectString' };
      if (ch === ']') return { state: 'argsEnd' };
      return ch === ' ' ? { state } : { error: `${PREFIX}Expecting ',', ']', or whitespace` };
    case 'expectString':
      if (ch === '"') return { state: 'string' };
      return ch === ' ' ? { state } : { error: `${PREFIX}Expecting '"'` };
    case 'string':
      if (ch === '\\') return next === undefined ? { error: `${PREFIX}Un-terminated backslash in JSON string` } : { state, skip: 1 };
      return { state: ch === ')' ? 'variableEnd' : ch === '"' ? 'delimiterOrEnd' : state };
    case 'argsEnd':
      if (ch === ')') return { state: 'variableEnd' };
      return ch === ' ' ? { state } : { error: `${PREFIX}Expecting ')' or whitespace after '{}', but found '{}'` };
    case 'variableEnd':
      if (ch === '%') return { state: 'literal' };
      return ch === ' ' ? { state } : { error: `${PREFIX}Expecting '%' or whitespace after` };
  }
}

/** The parse error of an Envoy header value, or undefined when it is valid. Works on bytes like the Go port. */
export function headerValueSyntaxError(value: string): string | undefined {
  // Go indexes bytes; multi-byte characters never equal the ASCII delimiters, so code units behave the same
  let state: State = 'literal';
  for (let pos = 0; pos < value.length; pos++) {
    const r = step(state, value[pos]!, value[pos + 1]);
    if ('error' in r) return r.error;
    state = r.state;
    pos += r.skip ?? 0;
  }
  return state === 'literal' ? undefined : `${PREFIX}Un-terminated variable expression '${value}'`;
}
