/** `schema KIND`: the JSON Schema of a kind, found by name, plural or short name. */
import { ISTIO_KINDS, type IstioKind } from '../core/resource';
import { jsonSchemaFor } from '../istio/json-schema';
import { KIND_DESCRIPTORS } from '../istio/registry';
import { CliError } from './io';

/** `se`, `serviceentries`, `ServiceEntry`, `serviceentry` → `ServiceEntry`; undefined when unknown. */
export function resolveKind(name: string): IstioKind | undefined {
  const n = name.toLowerCase();
  return ISTIO_KINDS.find((k) => {
    const d = KIND_DESCRIPTORS[k];
    return k.toLowerCase() === n || d.plural === n || d.shortNames.includes(n);
  });
}

/** The kind's JSON Schema as pretty JSON; an unknown kind is a usage error. */
export function schemaCommand(name: string): string {
  const kind = resolveKind(name);
  if (!kind) {
    const known = ISTIO_KINDS.map((k) => `${k} (${KIND_DESCRIPTORS[k].shortNames.join(', ')})`).join(', ');
    throw new CliError(`schema: unknown kind "${name}"; known kinds: ${known}`);
  }
  return `${JSON.stringify(jsonSchemaFor(kind), null, 2)}\n`;
}
