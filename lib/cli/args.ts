/** Command-line arguments → a command, or a usage error. Pure: no I/O. */
import { API_VERSIONS, type ApiVersion } from '../core/resource';

export const COMMANDS = ['validate', 'analyze', 'export', 'graph', 'schema'] as const;
export type CommandName = (typeof COMMANDS)[number];

export type CheckFormat = 'text' | 'json';
export type GraphFormat = 'json' | 'dot' | 'mermaid';

export type Command =
  | { name: 'help'; topic?: CommandName }
  | { name: 'version' }
  | { name: 'validate' | 'analyze'; format: CheckFormat; paths: string[] }
  | { name: 'export'; apiVersion: ApiVersion; output?: string; force: boolean; paths: string[] }
  | { name: 'graph'; format: GraphFormat; paths: string[] }
  | { name: 'schema'; kind: string };

export type ParsedArgs = { ok: true; command: Command } | { ok: false; error: string; topic?: CommandName };

/** Options each command takes; `true` means the option has a value. */
const OPTIONS: Record<CommandName, Record<string, boolean>> = {
  validate: { format: true },
  analyze: { format: true },
  export: { 'api-version': true, output: true, force: false },
  graph: { format: true },
  schema: {},
};
const ALIASES: Record<string, string> = { o: 'output', f: 'format', h: 'help' };

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], what: string): T | string {
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  return `${what} must be one of ${allowed.join(', ')}${value === undefined ? '' : `, not "${value}"`}`;
}

/** Parse `argv` (without node and script). Options may come before or after paths; `--` ends options. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' ? rest[0] : undefined;
    if (topic !== undefined && !(COMMANDS as readonly string[]).includes(topic)) return { ok: false, error: `unknown command "${topic}"` };
    return { ok: true, command: { name: 'help', topic: topic as CommandName | undefined } };
  }
  if (first === '--version' || first === '-V') return { ok: true, command: { name: 'version' } };
  if (!(COMMANDS as readonly string[]).includes(first)) {
    return { ok: false, error: first.startsWith('-') ? `unknown option "${first}"` : `unknown command "${first}"` };
  }
  const name = first as CommandName;
  const fail = (error: string): ParsedArgs => ({ ok: false, error: `${name}: ${error}`, topic: name });
  const values: Record<string, string | true> = {};
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--') {
      positional.push(...rest.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    const m = /^--?([^=]+)(?:=(.*))?$/.exec(arg)!;
    const key = ALIASES[m[1]!] ?? m[1]!;
    if (key === 'help') return { ok: true, command: { name: 'help', topic: name } };
    if (!(key in OPTIONS[name])) return fail(`unknown option "${arg}"`);
    if (!OPTIONS[name][key]) {
      if (m[2] !== undefined) return fail(`option --${key} takes no value`);
      values[key] = true;
      continue;
    }
    const value = m[2] ?? rest[++i];
    if (value === undefined) return fail(`option --${key} needs a value`);
    values[key] = value;
  }
  const str = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : undefined);

  if (name === 'schema') {
    if (positional.length !== 1) return fail('give exactly one KIND, e.g. "schema ServiceEntry"');
    return { ok: true, command: { name, kind: positional[0]! } };
  }
  if (positional.length === 0) return fail('no input: give files, directories, or - for stdin');
  if (name === 'validate' || name === 'analyze') {
    const format = oneOf(str('format') ?? 'text', ['text', 'json'] as const, '--format');
    if (format !== 'text' && format !== 'json') return fail(format);
    return { ok: true, command: { name, format, paths: positional } };
  }
  if (name === 'graph') {
    const format = oneOf(str('format') ?? 'json', ['json', 'dot', 'mermaid'] as const, '--format');
    if (format !== 'json' && format !== 'dot' && format !== 'mermaid') return fail(format);
    return { ok: true, command: { name, format, paths: positional } };
  }
  const apiVersion = oneOf(str('api-version'), API_VERSIONS, '--api-version');
  if (!(API_VERSIONS as readonly string[]).includes(apiVersion)) return fail(apiVersion);
  const output = str('output');
  return {
    ok: true,
    command: { name, apiVersion: apiVersion as ApiVersion, force: values.force === true, paths: positional, ...(output !== undefined ? { output } : {}) },
  };
}
