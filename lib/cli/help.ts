/** Help texts of the CLI. */
import type { CommandName } from './args';

const PATHS = 'PATH is a file, a directory (searched recursively for *.yaml and *.yml, sorted) or - for stdin.';
const EXIT = 'Exit status: 0 no errors, 1 errors found, 2 usage or I/O error.';

const MAIN = `entryway — check, analyze and convert Istio service-registry configuration
(ServiceEntry, WorkloadEntry, DestinationRule, VirtualService, Gateway).

Usage: entryway <command> [options] PATH...

Commands:
  validate   check each resource on its own, like istioctl validate
  analyze    validate, then analyze all inputs together as one workspace, like istioctl analyze
  export     convert to one networking.istio.io version as a single multi-document YAML
  graph      the egress paths as a graph (JSON, DOT or Mermaid)
  schema     print the JSON Schema of a kind

Options:
  -h, --help     show help (also "entryway <command> --help")
  -V, --version  show the version

${PATHS}
${EXIT}
`;

const COMMAND_HELP: Record<CommandName, string> = {
  validate: `Usage: entryway validate [--format text|json] PATH...

Checks every resource on its own: YAML syntax, structure against Istio's schema, and the rules of
Istio's validating webhook, with Istio's messages.

Options:
  -f, --format text|json  text: FILE:LINE:COL: SEVERITY CODE message (Kind namespace/name), then a summary
                          json: {"diagnostics":[...],"summary":{...}}   (default: text)
`,
  analyze: `Usage: entryway analyze [--format text|json] PATH...

Validates, then analyzes all inputs together as one workspace (references between resources, conflicts,
unreachable routes), like istioctl analyze. Each diagnostic names its own file and line.

Options:
  -f, --format text|json  as for validate (default: text)
`,
  export: `Usage: entryway export --api-version v1alpha3|v1beta1|v1 [-o FILE] [--force] PATH...

Writes all inputs as one multi-document YAML: Istio resources converted to the version, other documents kept,
empty documents dropped, comments kept. When the inputs have errors they are printed on stderr and nothing is
written (exit 1), unless --force.

Options:
  --api-version V   v1alpha3, v1beta1 or v1 (required)
  -o, --output FILE write to FILE instead of stdout
  --force           write even when there are errors
`,
  graph: `Usage: entryway graph [--format json|dot|mermaid] PATH...

Derives the egress graph of all inputs (workloads, services, gateways, external hosts) and prints it.

Options:
  -f, --format json|dot|mermaid  (default: json)
`,
  schema: `Usage: entryway schema KIND

Prints the JSON Schema (draft-07) of KIND. KIND is case-insensitive and may be a plural or short name:
ServiceEntry (serviceentries, se), WorkloadEntry (we), DestinationRule (dr), VirtualService (vs), Gateway (gw).
`,
};

/** Help for the CLI or for one command. */
export function helpText(topic?: CommandName): string {
  if (!topic) return MAIN;
  return `${COMMAND_HELP[topic]}\n${topic === 'schema' ? '' : `${PATHS}\n`}${EXIT}\n`;
}
