/** yaml-language-server validating a text with our JSON Schema: the comparison the issue asks for (not our code path). */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from 'yaml-language-server/lib/esm/languageservice/yamlLanguageService.js';
import { workspaceJsonSchema } from '../lib/istio/json-schema';

/** Module-wide: yaml-ls caches parsed documents by uri across language-service instances. */
let uriSerial = 0;
const URI = 'entryway://schemas/workspace.json';

/** A configured language service; `validate(text)` resolves to the number of problems it reports. */
export function createYamlLs(): { validate: (text: string) => Promise<number> } {
  const ls = getLanguageService({
    schemaRequestService: () => Promise.reject(new Error('no network')),
    workspaceContext: { resolveRelativePath: (p: string) => p } as never,
  });
  ls.configure({ validate: true, hover: false, completion: false, schemas: [{ uri: URI, fileMatch: ['*.yaml'], schema: workspaceJsonSchema() }] });
  return {
    // NOTE: it caches parsed documents by uri and version, so every run gets a fresh uri (a cold validation)
    validate: async (text) => (await ls.doValidation(TextDocument.create(`file:///bench-${++uriSerial}.yaml`, 'yaml', 1, text), false)).length,
  };
}
