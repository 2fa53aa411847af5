/** Parse a multi-document workspace with the `yaml` library, keeping every node's range. */
import { isMap, isNode, isSeq, LineCounter, parseAllDocuments, parseDocument, Scalar, YAMLParseError, type Document } from 'yaml';
import { compareDiagnostics, type Diagnostic, type Range } from '../core/diagnostic';
import { DEFAULT_NAMESPACE, isIstioKind, ISTIO_GROUP, type IstioResource } from '../core/resource';
import { findTooDeep, MAX_NESTING } from './depth';
import { rangeOfOffsets, trimmedRange } from './locate';
import { readPlain } from './plain-value';

/** Cap on alias expansion: a "billion laughs" document is reported, never expanded. */
export const MAX_ALIAS_COUNT = 1000;

export interface WorkspaceDocument {
  /** 0-based index among all documents of the text. */
  index: number;
  /** Parsed document; its node ranges are offsets into the document's chunk, which starts at `offset` in the text. */
  doc: Document.Parsed;
  offset: number;
  /** Range of the document's content (its first to last character). */
  range: Range;
  /** Whether the document has no content (skipped by every pass). */
  empty: boolean;
  /** Plain data (`toJS`), or undefined when the document has errors or is empty. */
  value: unknown;
  apiVersion?: string;
  kind?: string;
  /** Istio resources of this document (one, or several for a `kind: List`). */
  resources: IstioResource[];
}

export interface ParsedWorkspace {
  text: string;
  lineCounter: LineCounter;
  documents: WorkspaceDocument[];
  /** YAML-level diagnostics: syntax errors, duplicate keys, non-mapping and non-Istio documents. */
  diagnostics: Diagnostic[];
  /** Every Istio resource in document order. */
  resources: IstioResource[];
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Split points of the documents: a line starting with `---` followed by a space or line end always starts a new
 * document in YAML 1.2 (it is forbidden content inside any scalar), so each chunk parses on its own. Directives
 * (`%YAML`, `%TAG`) belong to the document after them, so a chunk with a directive line is not split from the next.
 */
export function splitDocuments(text: string): number[] {
  const starts = [0];
  const re = /^---(?=[ \t\r\n]|$)/gm;
  let previous = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const between = text.slice(previous, m.index);
    previous = m.index;
    if (m.index === 0 || /^%/m.test(between)) continue;
    starts.push(m.index);
  }
  return starts;
}

/** Parsed chunks by their text, so an edit re-parses only the documents it touched. Reuse one per workspace. */
export type ParseCache = Map<string, Document.Parsed[]>;

export function createParseCache(): ParseCache {
  return new Map();
}

/** Options a workspace chunk is read with exactly (what `parseChunk` yields the same as). */
export const parseOptions = { uniqueKeys: true, prettyErrors: false, strict: true } as const;

// NOTE: the composer's duplicate-key check compares each key with all earlier keys of its map (~10 % of a parse);
// readPlain looks for duplicates in the walk that also builds the plain value
const fastOptions = { ...parseOptions, uniqueKeys: false } as const;

/** Plain values read while parsing, taken by readDocument (so a cached document's value is never shared). */
const plainValues = new WeakMap<Document.Parsed, unknown>();

/**
 * Parse one chunk (see splitDocuments) as `parseAllDocuments(chunk, parseOptions)` would, with the plain value of
 * each error-free document ready for readDocument. A chunk nested too deep yields one YAML007 document.
 */
export function parseChunk(chunk: string): Document.Parsed[] {
  const deep = findTooDeep(chunk);
  if (deep !== undefined) return [tooDeepDocument(chunk, deep)];
  const parsed = parseAllDocuments(chunk, fastOptions);
  const docs = Array.isArray(parsed) ? parsed : [];
  const values: unknown[] = [];
  for (const doc of docs) {
    const read = readPlain(doc);
    // a duplicate key, an alias, a merge key…: the exact way (rare in Istio configuration)
    if (!read) return exactChunk(chunk);
    values.push(read.value);
  }
  for (let i = 0; i < docs.length; i++) if (docs[i]!.errors.length === 0) plainValues.set(docs[i]!, values[i]);
  return docs;
}

function takePlain(doc: Document.Parsed): unknown {
  const value = plainValues.get(doc);
  plainValues.delete(doc);
  return value;
}

function exactChunk(chunk: string): Document.Parsed[] {
  const parsed = parseAllDocuments(chunk, parseOptions);
  return Array.isArray(parsed) ? parsed : [];
}

/**
 * Parse `text` as a multi-document YAML workspace. Never throws. With a cache, unchanged documents are not
 * re-parsed (cached Documents are shared: treat them as read-only). With `end` (a document start), only the
 * documents before it are read, located in the whole text (the CLI's parallel analysis reads the rest elsewhere).
 */
export function parseWorkspace(text: string, cache?: ParseCache, end = text.length): ParsedWorkspace {
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
  const starts = end < text.length ? splitDocuments(text).filter((s) => s < end) : splitDocuments(text);
  const chunks: { docs: Document.Parsed[]; offset: number }[] = [];
  const used = cache ? new Map<string, Document.Parsed[]>() : undefined;
  for (let i = 0; i < starts.length; i++) {
    const offset = starts[i]!;
    const chunk = text.slice(offset, starts[i + 1] ?? end);
    let docs = cache?.get(chunk) ?? used?.get(chunk);
    docs ??= parseChunk(chunk);
    used?.set(chunk, docs);
    chunks.push({ docs, offset });
  }
  if (cache && used) {
    cache.clear();
    for (const [k, v] of used) cache.set(k, v);
  }
  const diagnostics: Diagnostic[] = [];
  const documents: WorkspaceDocument[] = [];
  const resources: IstioResource[] = [];
  const out: ReadOutput = { diagnostics, documents, resources, lineCounter, text };
  let index = 0;
  for (const { docs, offset } of chunks) for (const doc of docs) readDocument(doc, index++, offset, out);

  diagnostics.sort(compareDiagnostics);
  return { text, lineCounter, documents, diagnostics, resources };
}

export /**
 * Stands in for a chunk nested deeper than MAX_NESTING, which is never given to the recursive composer: one
 * non-empty document spanning the chunk, with a RESOURCE_EXHAUSTION error (YAML007) where the nesting gets too deep.
 */
function tooDeepDocument(chunk: string, at: number): Document.Parsed {
  const doc = parseDocument('', parseOptions);
  const contents = new Scalar(null);
  contents.range = [0, chunk.length, chunk.length];
  doc.contents = contents as Scalar.Parsed;
  doc.range = [0, chunk.length, chunk.length];
  const end = Math.min(at + 1, chunk.length);
  doc.errors.push(new YAMLParseError([at, Math.max(end, at)], 'RESOURCE_EXHAUSTION', `nesting deeper than ${MAX_NESTING} levels; the document is not read`));
  return doc;
}

interface ReadOutput {
  text: string;
  lineCounter: LineCounter;
  diagnostics: Diagnostic[];
  documents: WorkspaceDocument[];
  resources: IstioResource[];
}

/** Read one parsed document (node ranges relative to `offset`) into the workspace output (also used by lib/workspace/incremental). */
export function readDocument(doc: Document.Parsed, index: number, offset: number, out: ReadOutput): void {
  const { diagnostics, documents, resources } = out;
  const abs = (start: number, end: number) => rangeOfOffsets(out.lineCounter, out.text, offset + start, offset + end);
  const trimmed = (start: number, end: number) => trimmedRange(out.lineCounter, out.text, start, end);
    const [start, valueEnd] = doc.range;
  const contents = doc.contents;
  const empty = contents === null || (contents.range[0] === contents.range[1] && !isMap(contents) && !isSeq(contents) && (contents as { value?: unknown }).value == null);
  const range = contents ? trimmed(offset + contents.range[0], offset + contents.range[1]) : abs(start, valueEnd);
  const entry: WorkspaceDocument = { index, doc, offset, range, empty, value: undefined, resources: [] };
  documents.push(entry);

  for (const err of [...doc.errors, ...doc.warnings]) {
    const [s, e] = err.pos;
    const code = err.code === 'DUPLICATE_KEY' ? 'YAML002' : err.code === 'RESOURCE_EXHAUSTION' ? 'YAML007' : err.name === 'YAMLWarning' ? 'YAML003' : 'YAML001';
    diagnostics.push({
      severity: err.name === 'YAMLWarning' ? 'warning' : 'error',
      code,
      message: err.code === 'DUPLICATE_KEY' ? 'duplicate key: map keys must be unique' : err.code === 'RESOURCE_EXHAUSTION' ? tooDeepMessage(err.message) : firstLine(err.message),
      path: '',
      range: abs(s, Math.max(e, s + 1)),
      document: index,
      source: 'yaml',
    });
  }
  const bad = nonPrintable(out.text, offset + start, offset + doc.range[2]);
  if (bad) diagnostics.push({ ...bad, range: abs(bad.at - offset, bad.at - offset + bad.length), path: '', document: index, source: 'yaml' });
  if (empty || doc.errors.length > 0) return;

  let value: unknown;
  try {
    value = plainValues.has(doc) ? takePlain(doc) : doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    diagnostics.push({
      severity: 'error',
      code: 'YAML004',
      message: `document cannot be read: ${firstLine(e instanceof Error ? e.message : String(e))}`,
      path: '',
      range,
      document: index,
      source: 'yaml',
    });
    return;
  }
  entry.value = value;
  if (!isMap(contents) || !isRecord(value)) {
    diagnostics.push({
      severity: 'error',
      code: 'YAML005',
      message: `document must be a mapping with apiVersion, kind and metadata, not ${describe(value)}`,
      path: '',
      range,
      document: index,
      source: 'yaml',
    });
    return;
  }
  entry.apiVersion = str(value.apiVersion);
  entry.kind = str(value.kind);
  if (entry.kind === 'List' && Array.isArray(value.items)) {
    const itemsNode = contents.get('items', true);
    value.items.forEach((item, i) => {
      const node: unknown = isSeq(itemsNode) ? itemsNode.items[i] : undefined;
      const r = isNode(node) ? node.range : undefined;
      const nodeRange = r ? trimmed(offset + r[0], offset + r[1]) : range;
      collect(item, ['items', i], nodeRange);
    });
    return;
  }
  collect(value, [], range);

  function collect(v: unknown, basePath: (string | number)[], nodeRange: Range) {
    const kind = isRecord(v) ? v.kind : undefined;
    const apiVersion = isRecord(v) ? str(v.apiVersion) : undefined;
    const group = apiVersion?.split('/')[0];
    if (!isRecord(v) || !isIstioKind(kind) || (group !== undefined && group !== ISTIO_GROUP && apiVersion?.includes('/'))) {
      diagnostics.push({
        severity: 'info',
        code: 'YAML006',
        message: isRecord(v) && typeof kind === 'string'
          ? `${kind}${apiVersion ? ` (${apiVersion})` : ''} is not an Istio networking kind Entryway checks; kept unchanged`
          : 'document has no kind; kept unchanged',
        path: basePath.length ? `items[${basePath[1]}]` : '',
        range: nodeRange,
        document: index,
        source: 'yaml',
      });
      return;
    }
    const metadata = isRecord(v.metadata) ? v.metadata : {};
    const namespace = str(metadata.namespace);
    const resource: IstioResource = {
      kind,
      apiVersion: apiVersion ?? '',
      document: index,
      name: str(metadata.name) ?? '',
      ...(namespace !== undefined ? { namespace } : {}),
      effectiveNamespace: namespace || DEFAULT_NAMESPACE,
      metadata,
      spec: v.spec,
      ...(v.status !== undefined ? { status: v.status } : {}),
      ...extraKeysOf(v),
      range: nodeRange,
      basePath,
    };
    entry.resources.push(resource);
    resources.push(resource);
  }
}

const RESOURCE_KEYS = new Set(['apiVersion', 'kind', 'metadata', 'spec', 'status']);

/** Top-level keys a resource should not have (e.g. a misspelt `sepc`), for the structure pass. */
function extraKeysOf(v: Record<string, unknown>): { extraKeys?: string[] } {
  const extra = Object.keys(v).filter((k) => !RESOURCE_KEYS.has(k));
  return extra.length > 0 ? { extraKeys: extra } : {};
}

// NOTE: YAML 1.2 c-printable (https://yaml.org/spec/1.2.2/#51-character-set): C0/C1 controls other than tab, LF, CR
// and NEL, DEL, U+FFFE/U+FFFF and unpaired surrogates are not allowed anywhere; Kubernetes' decoder rejects them.
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF\uFFFD]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first character of `text[start, end)` that YAML does not allow (YAML008), or U+FFFD left by a non-UTF-8 decode. */
function nonPrintable(text: string, start: number, end: number): (Pick<Diagnostic, 'severity' | 'code' | 'message'> & { at: number; length: number }) | undefined {
  const m = NON_PRINTABLE.exec(text.slice(start, end));
  if (!m) return undefined;
  const c = m[0].charCodeAt(0);
  const hex = `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  return c === 0xfffd
    ? { severity: 'warning', code: 'YAML008', message: `${hex} replacement character: the text was probably not UTF-8 (binary or another encoding)`, at: start + m.index, length: 1 }
    : { severity: 'error', code: 'YAML008', message: `character ${hex} is not allowed in YAML (binary data or a control character)`, at: start + m.index, length: 1 };
}

/** The parser reports a stack overflow in its own words; say what it means for the document. */
function tooDeepMessage(message: string): string {
  return message.startsWith('nesting deeper') ? message : `nesting too deep to read (${firstLine(message)})`;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return 'a sequence';
  if (v === null) return 'null';
  return `a ${typeof v} scalar`;
}
