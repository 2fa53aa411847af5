/** Parse a multi-document workspace with the `yaml` library, keeping every node's range. */
import { isMap, isNode, isSeq, LineCounter, parseAllDocuments, type Document } from 'yaml';
import { compareDiagnostics, type Diagnostic, type Range } from '../core/diagnostic';
import { DEFAULT_NAMESPACE, isIstioKind, ISTIO_GROUP, type IstioResource } from '../core/resource';
import { rangeOfOffsets } from './locate';

/** Cap on alias expansion: a "billion laughs" document is reported, never expanded. */
export const MAX_ALIAS_COUNT = 1000;

export interface WorkspaceDocument {
  /** 0-based index among all documents of the text. */
  index: number;
  doc: Document.Parsed;
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

/** Parse `text` as a multi-document YAML workspace. Never throws. */
export function parseWorkspace(text: string): ParsedWorkspace {
  const lineCounter = new LineCounter();
  const parsed = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const docs: Document.Parsed[] = Array.isArray(parsed) ? parsed : [];
  const diagnostics: Diagnostic[] = [];
  const documents: WorkspaceDocument[] = [];
  const resources: IstioResource[] = [];
  const at = (start: number, end: number) => rangeOfOffsets(lineCounter, text, start, end);

  docs.forEach((doc, index) => {
    const [start, valueEnd] = doc.range;
    const contents = doc.contents;
    const empty = contents === null || (contents.range[0] === contents.range[1] && !isMap(contents) && !isSeq(contents) && (contents as { value?: unknown }).value == null);
    const range = contents ? at(contents.range[0], contents.range[1]) : at(start, valueEnd);
    const entry: WorkspaceDocument = { index, doc, range, empty, value: undefined, resources: [] };
    documents.push(entry);

    for (const err of [...doc.errors, ...doc.warnings]) {
      const [s, e] = err.pos;
      const code = err.code === 'DUPLICATE_KEY' ? 'YAML002' : err.name === 'YAMLWarning' ? 'YAML003' : 'YAML001';
      diagnostics.push({
        severity: err.name === 'YAMLWarning' ? 'warning' : 'error',
        code,
        message: err.code === 'DUPLICATE_KEY' ? 'duplicate key: map keys must be unique' : firstLine(err.message),
        path: '',
        range: at(s, Math.max(e, s + 1)),
        document: index,
        source: 'yaml',
      });
    }
    if (empty || doc.errors.length > 0) return;

    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
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
        const nodeRange = r ? at(r[0], r[1]) : range;
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
        range: nodeRange,
        basePath,
      };
      entry.resources.push(resource);
      resources.push(resource);
    }
  });

  diagnostics.sort(compareDiagnostics);
  return { text, lineCounter, documents, diagnostics, resources };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return 'a sequence';
  if (v === null) return 'null';
  return `a ${typeof v} scalar`;
}
