/**
 * `analyze` of one large text over two threads: the second half of the documents is parsed and checked (structure,
 * rules) in a worker while the main thread does the first half; then the main thread runs the cross-resource
 * analysis over all resources. The result is the same as `analyzeText` (see parallel.test.ts).
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { LineCounter, type Document } from 'yaml';
import type { Diagnostic } from '../core/diagnostic';
import type { IstioResource } from '../core/resource';
import { passes } from '../validate';
import { finishDiagnostics, locateFinding, locateFindingIn, runPasses } from '../validate/pipeline';
import { parseChunk, parseWorkspace, splitDocuments, type ParsedWorkspace } from '../yaml/parse';
import { plainEnvironment } from './node-io';

/** Below this many characters one thread is faster: a worker costs tens of ms to start and load the code. */
export const PARALLEL_MIN_CHARS = 1_000_000;

/** What a part's thread returns: located diagnostics and plain resources, in the part's own coordinates. */
interface PartResult {
  diagnostics: Diagnostic[];
  resources: IstioResource[];
  /** Start offset (in the part) of the chunk each document was parsed from, by document index. */
  chunkOfDocument: number[];
}

function checkPart(text: string, end?: number): { ws: ParsedWorkspace; result: PartResult } {
  const ws = parseWorkspace(text, undefined, end);
  // analysis comes later, over both parts; the webhook findings already take istioctl's severities
  const diagnostics = runPasses(ws, passes, false, true);
  return { ws, result: { diagnostics, resources: ws.resources, chunkOfDocument: ws.documents.map((d) => d.offset) } };
}

/** In a worker started by `analyzeParallel`: check the part it was given and post the result. Returns whether it did. */
export function runPartWorker(): boolean {
  const part = (workerData as { entrywayPart?: unknown } | null)?.entrywayPart;
  if (isMainThread || typeof part !== 'string' || !parentPort) return false;
  plainEnvironment();
  parentPort.postMessage(checkPart(part).result);
  return true;
}

function startWorker(part: string): Promise<PartResult> {
  const self = new URL(import.meta.url);
  // NOTE: bundled, this module is the CLI bundle itself (its entry calls runPartWorker); from source, tsx loads it.
  const fromSource = self.pathname.endsWith('.ts');
  const url = fromSource ? new URL('./part-worker.ts', self) : self;
  return new Promise((resolve, reject) => {
    const worker = new Worker(url, {
      workerData: { entrywayPart: part },
      execArgv: fromSource ? ['--import', 'tsx'] : [],
      stdout: false,
      // A larger young generation: the parse allocates a lot that survives (the documents), fewer scavenges.
      resourceLimits: { maxYoungGenerationSizeMb: 48 },
    });
    worker.once('message', (m: PartResult) => resolve(m));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`part worker exited with code ${code}`)));
  });
}

/** The first chunk start at or after the middle that begins a line (so columns are unchanged), or undefined. */
function splitPoint(text: string): number | undefined {
  const half = text.length >> 1;
  return splitDocuments(text).find((s) => s >= half && s > 0 && text.charCodeAt(s - 1) === 10);
}

function countLines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** `analyzeText(text)`'s diagnostics and resources, computed on two threads. Never throws. */
export async function analyzeParallel(text: string): Promise<{ diagnostics: Diagnostic[]; resources: IstioResource[] }> {
  const cut = splitPoint(text);
  const second = cut === undefined ? undefined : text.slice(cut);
  const pending = second === undefined ? undefined : startWorker(second).catch(() => checkPart(second).result);
  // NOTE: the first part is read in the whole text, so that ranges clamped at its end match analyzeText's.
  const first = checkPart(text, cut);
  if (cut === undefined || pending === undefined) {
    const diagnostics = [...first.result.diagnostics];
    passes.analysis(first.ws.resources, (f) => diagnostics.push(locateFinding(first.ws, f, 'analysis')));
    return { diagnostics: finishDiagnostics(first.ws.resources, diagnostics), resources: first.ws.resources };
  }
  const part = await pending;
  const n1 = first.ws.documents.length;
  const lines = countLines(text, cut);
  const shift = <T extends { document: number; range: Diagnostic['range'] }>(x: T): T => {
    x.document += n1;
    x.range = { ...x.range, line: x.range.line + lines, endLine: x.range.endLine + lines };
    return x;
  };
  const resources = [...first.ws.resources, ...part.resources.map(shift)];
  const diagnostics = [...first.result.diagnostics, ...part.diagnostics.map(shift)];

  // Analysis findings in the second part are located by re-parsing only the chunks that have them.
  const whole = lazyLineCounter(text);
  const located = new Map<number, { doc: Document.Parsed; offset: number }>();
  const documentOf = (index: number) => {
    const local = index - n1;
    const start = part.chunkOfDocument[local];
    if (start === undefined) return undefined;
    let found = located.get(index);
    if (!found) {
      const end = part.chunkOfDocument.find((s) => s > start) ?? second!.length;
      const docs = parseChunk(second!.slice(start, end));
      const doc = docs[local - part.chunkOfDocument.indexOf(start)];
      if (!doc) return undefined;
      found = { doc, offset: cut + start };
      located.set(index, found);
    }
    return found;
  };
  passes.analysis(resources, (f) => {
    const index = f.resource.document;
    diagnostics.push(index < n1 ? locateFinding(first.ws, f, 'analysis') : locateFindingIn(documentOf(index), whole(), text, f, 'analysis'));
  });
  return { diagnostics: finishDiagnostics(resources, diagnostics), resources };
}

function lazyLineCounter(text: string): () => LineCounter {
  let lc: LineCounter | undefined;
  return () => {
    if (!lc) {
      lc = new LineCounter();
      lc.addNewLine(0);
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lc.addNewLine(i + 1);
    }
    return lc;
  };
}
