/** One document chunk of the workspace (see splitDocuments) with its per-document results in chunk-local coordinates. */
import { LineCounter, type Document } from 'yaml';
import { compareDiagnostics, type Diagnostic, type Range } from '../core/diagnostic';
import type { IstioResource } from '../core/resource';
import type { ParsedWorkspace } from '../yaml/parse';
import { parseChunk, readDocument } from '../yaml/parse';
import { runPasses, type Passes } from '../validate/pipeline';

/**
 * Positions are computed with the chunk's text plus the first characters after it: a range may end one
 * character past its document (e.g. a syntax error at the end), and the next chunk always starts with `---`.
 */
const LOOKAHEAD = 4;

export interface Chunk {
  text: string;
  /** `text` plus up to LOOKAHEAD following characters; results are valid while both are unchanged. */
  lookahead: string;
  /** Offset, 0-based line and index of the first document in the current workspace text (updated on edits). */
  start: number;
  line: number;
  firstDoc: number;
  /** Newlines in `text`. */
  newlines: number;
  /** The chunk read on its own: document indices from 0, lines from 1 (absolute = local + `line`). */
  local: ParsedWorkspace;
  /** YAML, structure and Istio-rule diagnostics, sorted, chunk-local. */
  diagnostics: Diagnostic[];
  /** Analysis diagnostics per local resource, chunk-local. */
  analysis: Map<IstioResource, Diagnostic[]>;
  /** Absolute copies, rebuilt when `line`/`firstDoc` move or analysis changes. */
  abs?: { line: number; firstDoc: number; resources: IstioResource[]; diagnostics?: Diagnostic[] };
}

/**
 * A copy of `s` that does not share memory with the text it was sliced from: a cached chunk must not keep
 * a whole earlier version of a multi-megabyte workspace alive.
 */
export function detach(s: string): string {
  // NOTE: V8 flattens a concatenation into a fresh buffer when it is sliced
  return (` ${s}`).slice(1);
}

function countNewlines(s: string, end = s.length): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1 && i < end; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** Parse and check one chunk (structure and Istio rules; analysis is the caller's). `docs` reuses an earlier parse. */
export function buildChunk(text: string, lookahead: string, passes: Passes, docs?: Document.Parsed[]): Chunk {
  const own = docs ?? parseChunk(text);
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let i = lookahead.indexOf('\n'); i !== -1; i = lookahead.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
  const local: ParsedWorkspace = { text: lookahead, lineCounter, documents: [], diagnostics: [], resources: [] };
  own.forEach((doc, i) => readDocument(doc, i, 0, local));
  local.diagnostics.sort(compareDiagnostics);
  // the studio analyzes: webhook findings take istioctl's severities, as in analyzeText
  const diagnostics = runPasses(local, passes, false, true);
  if (!docs) forgetDocuments(local, text);
  return { text, lookahead, start: 0, line: 0, firstDoc: 0, newlines: countNewlines(text), local, diagnostics, analysis: new Map() };
}

/**
 * Drop the chunk's parsed documents (the `yaml` node trees are most of a workspace's memory: mesh-5000 kept
 * ~200 MB, and every major GC walked them) and parse them again when one is read: only analysis findings
 * (located after an edit elsewhere) need them, in a few chunks.
 */
function forgetDocuments(local: ParsedWorkspace, text: string): void {
  let again: Document.Parsed[] | undefined;
  for (const d of local.documents) {
    const i = d.index;
    Object.defineProperty(d, 'doc', {
      configurable: true,
      enumerable: true,
      get: () => (again ??= parseChunk(text))[i]!,
    });
  }
}

/** The lookahead text of a chunk spanning [start, end) of `text`. */
export function lookaheadOf(text: string, start: number, end: number): string {
  return detach(text.slice(start, Math.min(end + LOOKAHEAD, text.length)));
}

export function shiftRange(r: Range, lines: number): Range {
  return lines === 0 ? r : { line: r.line + lines, column: r.column, endLine: r.endLine + lines, endColumn: r.endColumn };
}

/** Chunk-local diagnostic → absolute. */
export function shiftDiagnostic(d: Diagnostic, lines: number, docs: number): Diagnostic {
  return lines === 0 && docs === 0 ? d : { ...d, document: d.document + docs, range: shiftRange(d.range, lines) };
}

/** Absolute resources of a chunk (cached while the chunk does not move). */
export function absoluteResources(c: Chunk): IstioResource[] {
  if (c.abs && c.abs.line === c.line && c.abs.firstDoc === c.firstDoc) return c.abs.resources;
  const resources = c.local.resources.map((r) =>
    c.line === 0 && c.firstDoc === 0 ? r : { ...r, document: r.document + c.firstDoc, range: shiftRange(r.range, c.line) },
  );
  c.abs = { line: c.line, firstDoc: c.firstDoc, resources };
  return resources;
}

/** Absolute diagnostics of a chunk in the pipeline's order (cached while the chunk and its analysis do not change). */
export function absoluteDiagnostics(c: Chunk): Diagnostic[] {
  absoluteResources(c);
  const abs = c.abs!;
  if (abs.diagnostics) return abs.diagnostics;
  const analysis: Diagnostic[] = [];
  for (const r of c.local.resources) analysis.push(...(c.analysis.get(r) ?? []));
  // NOTE: a stable sort of (sorted local diagnostics + analysis in emission order) is what runPasses yields
  const local = analysis.length ? [...c.diagnostics, ...analysis].sort(compareDiagnostics) : c.diagnostics;
  abs.diagnostics = local.map((d) => shiftDiagnostic(d, c.line, c.firstDoc));
  return abs.diagnostics;
}
