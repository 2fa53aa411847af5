/**
 * Monaco, bundled locally (never fetched from a CDN), configured once per page: workers, YAML language service
 * for completion and hover. Only imported from client-only modules.
 */
import * as monaco from 'monaco-editor';
import { configureMonacoYaml } from 'monaco-yaml';
import { workspaceJsonSchema } from '@/lib/istio/json-schema';

export const WORKSPACE_MODEL_URI = 'entryway://workspace/workspace.yaml';

let configured = false;

/** Configure Monaco once and return it. */
export function setupMonaco(): typeof monaco {
  if (configured) return monaco;
  configured = true;
  self.MonacoEnvironment = {
    getWorker(_workerId: string, label: string) {
      if (label === 'yaml') return new Worker(new URL('./yaml.worker.ts', import.meta.url), { type: 'module', name: 'yaml' });
      return new Worker(new URL('./editor.worker.ts', import.meta.url), { type: 'module', name: 'editor' });
    },
  };
  // NOTE: monaco-yaml's own validation is off: every marker comes from our validator (one source of truth,
  // with Istio's messages). monaco-yaml only serves completion and hover from the zod-generated schema;
  // formatting is our "Format document" action (lib/workspace/format), one undo step in the store's history.
  configureMonacoYaml(monaco, {
    enableSchemaRequest: false,
    validate: false,
    completion: true,
    hover: true,
    format: { enable: false },
    schemas: [{ fileMatch: ['*'], uri: 'entryway://schema/workspace', schema: workspaceJsonSchema() }],
  });
  return monaco;
}

export type Monaco = typeof monaco;
