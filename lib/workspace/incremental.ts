/**
 * Incremental live validation: `update(text)` returns what `analyzeText(text)` returns (diagnostics and resources),
 * re-parsing and re-checking only the documents an edit touched and re-analyzing only what they can affect.
 */
import type { Diagnostic } from '../core/diagnostic';
import type { IstioResource } from '../core/resource';
import { analyzeResources } from '../analysis';
import { checkStructure } from '../istio/structure';
import { checkRules } from '../rules';
import type { Passes } from '../validate/pipeline';
import { splitDocuments } from '../yaml/parse';
import { createAnalysisState } from './incremental-analysis';
import { absoluteDiagnostics, absoluteResources, buildChunk, detach, lookaheadOf, type Chunk } from './incremental-chunk';
import { changedSpan } from './incremental-diff';

export interface IncrementalResult {
  diagnostics: Diagnostic[];
  resources: IstioResource[];
  documentCount: number;
  /** What the update did: chunks (documents) re-parsed, resources analyzed, whether analysis ran on everything. */
  stats: { reparsed: number; analyzed: number; fullAnalysis: boolean; ms: { split: number; analysis: number; collect: number } };
}

export interface IncrementalAnalyzer {
  /** Validate and analyze the new version of the workspace text. Never throws on bad input. */
  update(text: string): IncrementalResult;
}

const defaultPasses: Passes = { structure: checkStructure, rules: checkRules, analysis: analyzeResources };

/** One per workspace (e.g. in the validation worker); it keeps the previous version's per-document results. */
export function createIncrementalAnalyzer(passes: Passes = defaultPasses): IncrementalAnalyzer {
  const analysis = createAnalysisState(passes.analysis);
  let text: string | undefined;
  let chunks: Chunk[] = [];
  let result: IncrementalResult | undefined;

  /** New chunks for [from, to) of `next` (split points `starts`), reusing `pool` chunks whose text is unchanged. */
  const rebuild = (next: string, from: number, to: number, starts: number[], pool: readonly Chunk[]) => {
    const byText = new Map<string, Chunk[]>();
    for (const c of pool) byText.set(c.lookahead, [...(byText.get(c.lookahead) ?? []), c]);
    const made: Chunk[] = [];
    const added: Chunk[] = [];
    for (let i = 0; i < starts.length; i++) {
      const s = from + starts[i]!;
      const e = i + 1 < starts.length ? from + starts[i + 1]! : to;
      const lookahead = lookaheadOf(next, s, e);
      let c = byText.get(lookahead)?.shift();
      if (!c) added.push((c = buildChunk(detach(next.slice(s, e)), lookahead, passes)));
      c.start = s;
      made.push(c);
    }
    return { made, added, removed: [...byText.values()].flat() };
  };

  const update = (next: string): IncrementalResult => {
    if (result && next === text) return result;
    const t0 = performance.now();
    let lo = 0;
    let hi = chunks.length;
    let from = 0;
    let to = next.length;
    const span = text === undefined ? undefined : changedSpan(text, next);
    if (span && text !== undefined) {
      // NOTE: re-split from the chunk before the edit to the one after it: an edit can create or remove a `---`
      // line, which moves only the boundaries it touches (splitDocuments); directives (`%`) need a full split
      const at = (offset: number) => {
        // the last chunk starting at or before offset
        let a = 0;
        let b = chunks.length - 1;
        while (a < b) {
          const mid = (a + b + 1) >> 1;
          if (chunks[mid]!.start <= offset) a = mid;
          else b = mid - 1;
        }
        return a;
      };
      lo = Math.max(0, at(span.start) - 1);
      hi = Math.min(chunks.length, at(Math.max(span.start, span.oldEnd - 1)) + 2);
      from = chunks[lo]!.start;
      to = (hi < chunks.length ? chunks[hi]!.start : text.length) + (next.length - text.length);
    }
    const region = next.slice(from, to);
    if (span && /^%/m.test(region)) return update0(next);
    const oldRegion = chunks.slice(lo, hi);
    const { made, added, removed } = rebuild(next, from, to, splitDocuments(region), oldRegion);
    const shift = next.length - (text?.length ?? 0);
    chunks.splice(lo, hi - lo, ...made);
    let line = lo > 0 ? chunks[lo - 1]!.line + chunks[lo - 1]!.newlines : 0;
    let firstDoc = lo > 0 ? chunks[lo - 1]!.firstDoc + chunks[lo - 1]!.local.documents.length : 0;
    for (let i = lo; i < chunks.length; i++) {
      const c = chunks[i]!;
      if (i >= lo + made.length) c.start += shift;
      c.line = line;
      c.firstDoc = firstDoc;
      line += c.newlines;
      firstDoc += c.local.documents.length;
    }
    text = next;
    return analyzeAndCollect(firstDoc, removed, added, t0);
  };

  /** From scratch (first text, or an edit near a directive), still reusing chunks whose text did not change. */
  const update0 = (next: string): IncrementalResult => {
    const t0 = performance.now();
    const { made, added, removed } = rebuild(next, 0, next.length, splitDocuments(next), chunks);
    chunks = made;
    let line = 0;
    let firstDoc = 0;
    for (const c of chunks) {
      c.line = line;
      c.firstDoc = firstDoc;
      line += c.newlines;
      firstDoc += c.local.documents.length;
    }
    text = next;
    return analyzeAndCollect(firstDoc, removed, added, t0);
  };

  const analyzeAndCollect = (documentCount: number, removed: Chunk[], added: Chunk[], t0: number): IncrementalResult => {
    const t1 = performance.now();
    const { full, analyzed } = analysis.update(chunks, removed, added);
    const t2 = performance.now();
    const resources: IstioResource[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const c of chunks) {
      for (const r of absoluteResources(c)) resources.push(r);
      for (const d of absoluteDiagnostics(c)) diagnostics.push(d);
    }
    const ms = { split: t1 - t0, analysis: t2 - t1, collect: performance.now() - t2 };
    result = { diagnostics, resources, documentCount, stats: { reparsed: added.length, analyzed, fullAnalysis: full, ms } };
    return result;
  };

  return { update: (next) => (text === undefined ? update0(next) : update(next)) };
}
