/**
 * Convert a workspace between networking.istio.io v1alpha3, v1beta1 and v1.
 *
 * The five kinds have the same schema in all three versions (see fixtures/istio-networking-crd-schemas.json),
 * so conversion is only the apiVersion. It is done on the CST: the `yaml` Document API finds the apiVersion
 * node of each Istio resource, and `CST.setScalarValue` rewrites that one scalar token, so every other byte —
 * comments, key order, quoting, flow/block style, indentation — is left untouched.
 */
import { Composer, CST, isMap, isScalar, isSeq, LineCounter, Parser, type Document, type Node as YamlNode } from 'yaml';
import { compareDiagnostics, type Diagnostic, type DiagnosticSource, type ResourceRef } from '../core/diagnostic';
import { API_VERSIONS, isIstioKind, ISTIO_GROUP, type ApiVersion } from '../core/resource';
import { findTooDeep, MAX_NESTING } from '../yaml/depth';
import { rangeOfOffsets } from '../yaml/locate';

/** A text parsed for byte-preserving edits: CST tokens plus the documents composed from them (same order). */
export interface EditableStream {
  text: string;
  lineCounter: LineCounter;
  tokens: CST.Token[];
  /** One per CST `document` token, in order. */
  docs: Document.Parsed[];
}

/** Parse `text` keeping the CST, so edits to source tokens can be printed back with `CST.stringify`. Throws on text nested too deep. */
export function parseEditable(text: string): EditableStream {
  // NOTE: the composer and CST.stringify recurse per level; callers catch this and report it.
  if (findTooDeep(text) !== undefined) throw new Error(`the YAML nests deeper than ${MAX_NESTING} levels`);
  const lineCounter = new LineCounter();
  const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
  const docs = [...new Composer({ keepSourceTokens: true, prettyErrors: false }).compose(tokens)];
  return { text, lineCounter, tokens, docs };
}

/** Print the (possibly edited) CST back to text. */
export function printEditable(stream: EditableStream): string {
  return stream.tokens.map((t) => CST.stringify(t)).join('');
}

export interface VersionConversion {
  /** False when some Istio resource could not be converted (see diagnostics); the text is still usable. */
  ok: boolean;
  text: string;
  /** How many apiVersion values were rewritten. */
  converted: number;
  diagnostics: Diagnostic[];
}

/** Rewrite the apiVersion of every Istio resource (including `kind: List` items) to `target`. Never throws. */
export function convertApiVersion(text: string, target: ApiVersion): VersionConversion {
  try {
    const stream = parseEditable(text);
    const { converted, diagnostics } = retarget(stream, target);
    return { ok: !diagnostics.some((d) => d.severity !== 'info'), text: printEditable(stream), converted, diagnostics };
  } catch (e) {
    // NOTE: the parser is not expected to throw; if it does (e.g. stack exhaustion), keep the text as it was.
    const message = `document cannot be converted: ${e instanceof Error ? e.message : String(e)}`;
    const d: Diagnostic = { severity: 'error', code: 'VER005', message, path: '', range: { line: 1, column: 1, endLine: 1, endColumn: 1 }, document: 0, source: 'yaml' };
    return { ok: false, text, converted: 0, diagnostics: [d] };
  }
}

/** Edit the apiVersion tokens of `stream` in place; returns how many changed and why others did not. */
export function retarget(stream: EditableStream, target: ApiVersion): { converted: number; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let converted = 0;
  const wanted = `${ISTIO_GROUP}/${target}`;
  stream.docs.forEach((doc, document) => {
    const report = (code: string, message: string, node: YamlNode | null | undefined, path: string, source: DiagnosticSource, resource?: ResourceRef) => {
      const r = node?.range ?? doc.range;
      const range = rangeOfOffsets(stream.lineCounter, stream.text, r[0], Math.max(r[1], r[0] + 1));
      diagnostics.push({ severity: 'warning', code, message, path, range, document, source, ...(resource ? { resource } : {}) });
    };
    if (doc.errors.length > 0) {
      if (mentionsIstio(doc)) report('VER004', 'document has YAML errors; its apiVersion was not converted', doc.contents, '', 'yaml');
      return;
    }
    const root = doc.contents;
    if (!isMap(root)) return;
    if ((root.get('kind') as unknown) === 'List') {
      const items = root.get('items', true);
      if (isSeq(items)) items.items.forEach((item, i) => visit(item as YamlNode, `items[${i}].`));
      return;
    }
    visit(root, '');

    function visit(node: YamlNode, prefix: string) {
      if (!isMap(node)) return;
      const kind = node.get('kind');
      if (!isIstioKind(kind)) return;
      const meta = node.get('metadata');
      const name = isMap(meta) ? meta.get('name') : undefined;
      const namespace = isMap(meta) ? meta.get('namespace') : undefined;
      const resource: ResourceRef = { kind, name: typeof name === 'string' ? name : '', ...(typeof namespace === 'string' ? { namespace } : {}) };
      const av = node.get('apiVersion', true) as YamlNode | undefined;
      const path = `${prefix}apiVersion`;
      if (av === undefined) return report('VER001', `${kind} has no apiVersion; expected ${wanted}`, node, prefix.slice(0, -1), 'structure', resource);
      if (!isScalar(av) || typeof av.value !== 'string' || !av.srcToken || !CST.isScalar(av.srcToken)) {
        return report('VER002', 'apiVersion must be a plain string to be converted', av, path, 'structure', resource);
      }
      const [group, version, ...rest] = av.value.split('/');
      if (group !== ISTIO_GROUP) return; // same kind name in another API group: not ours to touch
      if (rest.length > 0 || !(API_VERSIONS as readonly string[]).includes(version ?? '')) {
        return report('VER003', `unknown API version "${av.value}" for ${kind}; expected one of ${API_VERSIONS.map((v) => `${ISTIO_GROUP}/${v}`).join(', ')}`, av, path, 'structure', resource);
      }
      if (av.value === wanted) return;
      // NOTE: the token keeps its own quoting style; the new value is safe as plain, single- or double-quoted.
      CST.setScalarValue(av.srcToken, wanted);
      converted++;
    }
  });
  return { converted, diagnostics: diagnostics.sort(compareDiagnostics) };
}

/** Whether a broken document looks like it holds an Istio resource (for a targeted warning). */
function mentionsIstio(doc: Document.Parsed): boolean {
  const src = doc.contents?.srcToken;
  return src !== undefined && CST.stringify(src).includes(ISTIO_GROUP);
}
