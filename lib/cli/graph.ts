/** `graph`: the egress graph of all inputs (analyzed as one workspace) as JSON, DOT or Mermaid. */
import { deriveGraph } from '../graph/derive';
import { toDot, toJson, toMermaid } from '../graph/format';
import { analyzeText } from '../validate';
import type { GraphFormat } from './args';
import { combineTexts } from './combine';
import { formatLine } from './format';
import type { Input } from './inputs';

const FORMATTERS = { json: toJson, dot: toDot, mermaid: toMermaid } as const;

/**
 * The graph text, plus stderr lines for inputs that could not be read as YAML text. Diagnostics of the
 * analysis are attached to graph elements (counts), not printed: `analyze` is the command for those.
 */
export function graphInputs(inputs: readonly Input[], format: GraphFormat): { text: string; report: string } {
  const texts = inputs.flatMap((i) => (i.text !== undefined && !i.problem ? [{ file: i.file, text: i.text }] : []));
  const report = inputs.flatMap((i) => (i.problem ? [`${formatLine({ file: i.file, diagnostic: i.problem })}\n`] : [])).join('');
  const { workspace, diagnostics } = analyzeText(combineTexts(texts).text);
  return { text: FORMATTERS[format](deriveGraph(workspace.resources, diagnostics)), report };
}
