/** The validation worker's analysis through the incremental analyzer: the studio's AnalysisResult per text version. */
import { analyzeForStudio, hasYamlParseError } from './analysis';
import { createIncrementalAnalyzer, type IncrementalAnalyzer } from './incremental';
import type { AnalysisResult } from './types';

/**
 * `(text, version) → AnalysisResult` like analyzeForStudio, re-checking only what each edit touched. If an update
 * throws (a bug in a pass), the state is dropped and analyzeForStudio reports the failure as a diagnostic.
 */
export function createStudioAnalyzer(clock: () => number = () => performance.now()): (text: string, version: number) => AnalysisResult {
  let inc: IncrementalAnalyzer = createIncrementalAnalyzer();
  return (text, version) => {
    const t0 = clock();
    try {
      const { resources, diagnostics, documentCount } = inc.update(text);
      return { version, resources, diagnostics, documentCount, yamlBroken: hasYamlParseError(diagnostics), durationMs: clock() - t0 };
    } catch {
      inc = createIncrementalAnalyzer();
      return analyzeForStudio(text, version, clock);
    }
  };
}
