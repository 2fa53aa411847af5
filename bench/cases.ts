/** What the benchmarks time, per mesh text. `setup` is not timed; the function it returns is. */
import { parseAllDocuments } from 'yaml';
import { exportWorkspace } from '../lib/export';
import { deriveGraph } from '../lib/graph/derive';
import { layoutGraph } from '../lib/graph/layout';
import { analyzeText } from '../lib/validate';
import { createIncrementalAnalyzer } from '../lib/workspace/incremental';
import { typingSession } from './keystrokes';
import { createYamlLs } from './yaml-ls';

export interface Case {
  id: string;
  setup: () => (() => unknown) | Promise<() => unknown>;
  /** Samples on mesh-100 (fewer on bigger meshes), or exactly, when `perSample`. */
  samples?: number;
  /** Each sample is one small step (a keystroke), so take `samples` of them at every size. */
  perSample?: boolean;
  /** Largest mesh to run on (comparison cases that would take minutes). */
  maxSize?: number;
}

export function cases(text: string): Case[] {
  return [
    { id: 'yaml-parse', setup: () => () => parseAllDocuments(text) },
    { id: 'analyze', setup: () => () => analyzeText(text) },
    { id: 'yaml-ls', samples: 5, setup: () => { const ls = createYamlLs(); return () => ls.validate(text); } },
    {
      id: 'keystroke',
      perSample: true,
      samples: 40,
      setup: () => {
        const inc = createIncrementalAnalyzer();
        inc.update(text);
        const next = typingSession(text);
        return () => inc.update(next());
      },
    },
    {
      id: 'graph-derive',
      setup: () => {
        const { workspace, diagnostics } = analyzeText(text);
        return () => deriveGraph(workspace.resources, diagnostics);
      },
    },
    {
      id: 'graph-layout',
      samples: 3,
      // NOTE: ELK takes seconds on mesh-100 here already; mesh-5000 would take many minutes
      maxSize: 1000,
      setup: () => {
        const { workspace, diagnostics } = analyzeText(text);
        const graph = deriveGraph(workspace.resources, diagnostics);
        return () => layoutGraph(graph);
      },
    },
    { id: 'export-v1beta1', setup: () => () => exportWorkspace(text, { apiVersion: 'v1beta1' }) },
  ];
}
