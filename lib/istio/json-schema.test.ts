/** The generated JSON Schema as its real consumer, yaml-language-server (under monaco-yaml), uses it. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { getLanguageService } from 'yaml-language-server/lib/esm/languageservice/yamlLanguageService.js';
import { jsonSchemaFor, workspaceJsonSchema } from './json-schema';

const URI = 'entryway://schemas/workspace.json';

function service() {
  const ls = getLanguageService({
    schemaRequestService: () => Promise.reject(new Error('no network')),
    workspaceContext: { resolveRelativePath: (p: string) => p } as never,
  });
  ls.configure({ validate: true, hover: true, schemas: [{ uri: URI, fileMatch: ['*.yaml'], schema: workspaceJsonSchema() }] });
  return ls;
}

// yaml-language-server caches parsed documents by uri and version: give each text its own uri
let docs = 0;
const open = (text: string) => TextDocument.create(`file:///w${++docs}.yaml`, 'yaml', 1, text);

async function problems(text: string): Promise<string[]> {
  const doc = open(text);
  const found = await service().doValidation(doc, false);
  return found.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
}

const SE = `apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: ext
spec:
  hosts: [api.example.com]
  ports:
  - {number: 443, name: https, protocol: TLS}
  resolution: DNS
`;

describe('workspaceJsonSchema in yaml-language-server', () => {
  it('accepts valid resources and leaves other kinds alone', async () => {
    expect(await problems(`${SE}---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec: {replicas: 1, anything: true}\n`)).toEqual([]);
  });

  it('reports a bad enum, an unknown field and a missing required field per kind', async () => {
    const text = `${SE.replace('resolution: DNS', 'resolution: dns')}---
apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: gw}
spec:
  servers:
  - port: {number: 80, name: http}
    hosts: ["*"]
    hots: []
`;
    expect(await problems(text)).toEqual([
      '9:15 Value is not accepted. Valid values: "NONE", "STATIC", "DNS", "DNS_ROUND_ROBIN", "DYNAMIC_DNS".',
      '16:5 Missing property "protocol".',
      '18:5 Property hots is not allowed.',
    ]);
  });

  it('enforces StringMatch oneOf', async () => {
    const text = `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: r}
spec:
  http:
  - match:
    - uri: {exact: /a, prefix: /b}
`;
    expect(await problems(text)).toEqual(['7:12 Matches multiple schemas when only one must validate.']);
    expect(await problems(text.replace(', prefix: /b', ''))).toEqual([]);
  });

  it("shows Istio's description on hover", async () => {
    const doc = open(SE);
    const hover = await service().doHover(doc, { line: 8, character: 4 });
    expect(JSON.stringify(hover?.contents)).toContain('Service resolution mode for the hosts.');
  });
});

describe('jsonSchemaFor', () => {
  it('describes the whole resource with apiVersion enum, kind const and strict objects', () => {
    const s = jsonSchemaFor('DestinationRule') as { properties: Record<string, Record<string, unknown>>; required: string[] };
    expect(s.properties.apiVersion!.enum).toEqual(['networking.istio.io/v1alpha3', 'networking.istio.io/v1beta1', 'networking.istio.io/v1']);
    expect(s.properties.kind!.const).toBe('DestinationRule');
    expect(s.properties.spec!.additionalProperties).toBe(false);
    expect(s.required).toEqual(['apiVersion', 'kind', 'metadata']);
    expect(jsonSchemaFor('ServiceEntry').required).toEqual(['apiVersion', 'kind', 'metadata', 'spec']);
  });

  it('is computed once per kind', () => {
    expect(jsonSchemaFor('Gateway')).toBe(jsonSchemaFor('Gateway'));
    expect(workspaceJsonSchema()).toBe(workspaceJsonSchema());
  });
});
