import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { applyEdit, type FormEdit } from './edit';

// Pass-through spies: a test counts how much text the edit parses, instead of timing it (timings flake on a busy CI).
const parsed = vi.hoisted(() => ({ lengths: [] as number[] }));
vi.mock('yaml', async (importOriginal) => {
  const yaml = await importOriginal<typeof import('yaml')>();
  return {
    ...yaml,
    parseDocument: (src: string, ...rest: unknown[]) => (parsed.lengths.push(src.length), (yaml.parseDocument as (...a: unknown[]) => unknown)(src, ...rest)),
    parseAllDocuments: (src: string, ...rest: unknown[]) => (parsed.lengths.push(src.length), (yaml.parseAllDocuments as (...a: unknown[]) => unknown)(src, ...rest)),
  };
});

const fixture = (p: string) => readFileSync(join(__dirname, '../../fixtures', p), 'utf8');
const example04 = fixture('examples/04-egress-gateway-httpbin/v1beta1.yaml');
const example02 = fixture('examples/02-mongo-cluster-mtls/v1beta1.yaml');

function ok(text: string, edit: FormEdit) {
  const r = applyEdit(text, edit);
  if (!r.ok) throw new Error(r.message);
  // The result is the old text with `changed` spliced in: the contract the editor relies on.
  expect(text.slice(0, r.changed.start) + r.changed.text + text.slice(r.changed.end)).toBe(r.text);
  return r;
}

/** Indices of lines that differ, comparing line by line after aligning a common prefix and suffix. */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let q = 0;
  while (q < a.length - p && q < b.length - p && a[a.length - 1 - q] === b[b.length - 1 - q]) q++;
  return { removed: a.slice(p, a.length - q), added: b.slice(p, b.length - q) };
}

const docs = (text: string) => parseAllDocuments(text).map((d) => d.toJS());

describe('applyEdit: scalar changes touch only their line', () => {
  const withComment = example04.replace('  resolution: DNS', '  # how the proxy resolves the hosts\n  resolution: DNS');

  it('changes Resolution and keeps the comment above it', () => {
    const r = ok(withComment, { op: 'set', document: 0, path: ['spec', 'resolution'], value: 'NONE' });
    expect(changedLines(withComment, r.text)).toEqual({ removed: ['  resolution: DNS'], added: ['  resolution: NONE'] });
    expect(r.changed.text).toBe('NONE');
    expect(r.text).toContain('  # how the proxy resolves the hosts\n  resolution: NONE');
  });

  it('keeps double quotes of a quoted string', () => {
    const r = ok(example04, { op: 'set', document: 0, path: ['spec', 'exportTo', 0], value: '*' });
    expect(changedLines(example04, r.text)).toEqual({ removed: ['  - "."'], added: ['  - "*"'] });
  });

  it('writes a new list item typed into an empty one plain', () => {
    const added = ok(example04, { op: 'insert', document: 0, path: ['spec', 'hosts'], value: '' });
    expect(changedLines(example04, added.text).added).toEqual(['  - ""']);
    const typed = ok(added.text, { op: 'set', document: 0, path: ['spec', 'hosts', 1], value: 'httpbin.org' });
    expect(changedLines(example04, typed.text).added).toEqual(['  - httpbin.org']);
  });

  it('quotes a plain string YAML would read as a number', () => {
    const r = ok(example04, { op: 'set', document: 0, path: ['spec', 'ports', 0, 'name'], value: '8080' });
    expect(changedLines(example04, r.text).added).toEqual(['    name: "8080"']);
    expect(docs(r.text)[0].spec.ports[0].name).toBe('8080');
  });

  it('writes numbers plain and keeps a trailing comment', () => {
    const r = ok(example02, { op: 'set', document: 0, path: ['spec', 'ports', 0, 'number'], value: 27019 });
    expect(changedLines(example02, r.text)).toEqual({ removed: ['  - number: 27018'], added: ['  - number: 27019'] });
    const r2 = ok(example02, { op: 'set', document: 0, path: ['spec', 'hosts', 0], value: 'db.example.com' });
    expect(changedLines(example02, r2.text).added).toEqual(['  - db.example.com # not used']);
  });

  it('keeps `key : value` spacing of the metadata in example 04', () => {
    const r = ok(example04, { op: 'set', document: 0, path: ['metadata', 'namespace'], value: 'egress-2' });
    expect(changedLines(example04, r.text).added).toEqual(['  namespace : egress-2']);
  });

  it('edits an item of a flow sequence in place', () => {
    const text = 'spec:\n  hosts: [a.com, "b.com"] # two\n  location: MESH_EXTERNAL\n';
    const r = ok(text, { op: 'set', document: 0, path: ['spec', 'hosts', 1], value: 'c.com' });
    expect(r.text).toBe('spec:\n  hosts: [a.com, "c.com"] # two\n  location: MESH_EXTERNAL\n');
  });

  it('turns a multi-line string into a block scalar on its own pair only', () => {
    const r = ok(example02, { op: 'set', document: 1, path: ['metadata', 'name'], value: 'a\nb' });
    const d = changedLines(example02, r.text);
    expect(d.removed).toEqual(['  name: mtls-mongocluster']);
    expect(docs(r.text)[1].metadata.name).toBe('a\nb');
  });
});

describe('applyEdit: structural changes keep neighbours byte for byte', () => {
  it('adds a host in the document\'s own sequence style (example 04: unindented dashes)', () => {
    const r = ok(example04, { op: 'insert', document: 0, path: ['spec', 'hosts'], value: 'httpbin.org' });
    expect(changedLines(example04, r.text)).toEqual({ removed: [], added: ['  - httpbin.org'] });
  });

  it('adds a port mapping as one new item', () => {
    const r = ok(example04, { op: 'insert', document: 0, path: ['spec', 'ports'], value: { number: 443, name: 'https', protocol: 'HTTPS' } });
    expect(changedLines(example04, r.text).added).toEqual(['  - number: 443', '    name: https', '    protocol: HTTPS']);
    expect(docs(r.text)[0].spec.ports[1]).toEqual({ number: 443, name: 'https', protocol: 'HTTPS' });
  });

  it('follows the 1-space indentation of example 04\'s Gateway', () => {
    const r = ok(example04, { op: 'set', document: 1, path: ['spec', 'selector', 'app'], value: 'egress' });
    expect(changedLines(example04, r.text)).toEqual({ removed: [], added: ['   app: egress'] });
    const r2 = ok(example04, { op: 'insert', document: 1, path: ['spec', 'servers', 0, 'hosts'], value: 'httpbin.com' });
    expect(changedLines(example04, r2.text)).toEqual({ removed: [], added: ['   - httpbin.com'] });
    const r3 = ok(example04, { op: 'set', document: 1, path: ['spec', 'servers', 0, 'tls'], value: { mode: 'ISTIO_MUTUAL' } });
    expect(changedLines(example04, r3.text)).toEqual({ removed: [], added: ['   tls:', '    mode: ISTIO_MUTUAL'] });
  });

  it('creates missing parents as nested blocks', () => {
    const r = ok(example02, { op: 'set', document: 0, path: ['spec', 'workloadSelector', 'labels', 'app'], value: 'mongo' });
    expect(changedLines(example02, r.text)).toEqual({ removed: [], added: ['  workloadSelector:', '    labels:', '      app: mongo'] });
  });

  it('deletes an optional key: exactly its line goes', () => {
    const r = ok(example04, { op: 'delete', document: 0, path: ['spec', 'location'] });
    expect(changedLines(example04, r.text)).toEqual({ removed: ['  location: MESH_EXTERNAL'], added: [] });
  });

  it('deletes a mapping item with its nested lines', () => {
    const r = ok(example02, { op: 'delete', document: 0, path: ['spec', 'endpoints', 0] });
    expect(changedLines(example02, r.text)).toEqual({ removed: ['  - address: 2.2.2.2'], added: [] });
    const r2 = ok(example04, { op: 'delete', document: 2, path: ['spec', 'http', 0] });
    expect(docs(r2.text)[2].spec.http).toHaveLength(1);
    expect(changedLines(example04, r2.text).added).toEqual([]);
  });

  it('leaves an empty collection when the last entry goes', () => {
    const r = ok(example04, { op: 'delete', document: 0, path: ['spec', 'exportTo', 0] });
    expect(changedLines(example04, r.text)).toEqual({ removed: ['  exportTo:', '  - "."'], added: ['  exportTo: []'] });
  });

  it('deletes the first key of a compact item (`- number: 80`)', () => {
    const r = ok(example04, { op: 'delete', document: 0, path: ['spec', 'ports', 0, 'number'] });
    expect(docs(r.text)[0].spec.ports[0]).toEqual({ name: 'http', protocol: 'HTTP' });
    expect(changedLines(example04, r.text)).toEqual({ removed: ['  - number: 80', '    name: http'], added: ['  - name: http'] });
  });

  it('reorders items, moving their comments and nested lines with them', () => {
    const text = 'spec:\n  hosts:\n  - a.com # first\n  - b.com\n  - c.com\n  location: MESH_EXTERNAL\n';
    const r = ok(text, { op: 'move', document: 0, path: ['spec', 'hosts'], from: 0, to: 2 });
    expect(r.text).toBe('spec:\n  hosts:\n  - b.com\n  - c.com\n  - a.com # first\n  location: MESH_EXTERNAL\n');
    const r2 = ok(example04, { op: 'move', document: 2, path: ['spec', 'http'], from: 1, to: 0 });
    expect(docs(r2.text)[2].spec.http.map((h: { route: { destination: { host: string } }[] }) => h.route[0]!.destination.host)).toEqual([
      'httpbin.com',
      'istio-egressgateway.istio-system.svc.cluster.local',
    ]);
  });

  it('inserts into a flow sequence keeping its padding, and fills an empty one as a block', () => {
    const text = 'spec:\n  hosts: [ a.com ]\n  exportTo: []\n';
    expect(ok(text, { op: 'insert', document: 0, path: ['spec', 'hosts'], value: 'b.com' }).text).toBe('spec:\n  hosts: [ a.com, b.com ]\n  exportTo: []\n');
    expect(ok(text, { op: 'insert', document: 0, path: ['spec', 'exportTo'], value: '.' }).text).toBe('spec:\n  hosts: [ a.com ]\n  exportTo:\n    - .\n');
  });

  it('inserts at an index before an existing item', () => {
    const r = ok(example04, { op: 'insert', document: 2, path: ['spec', 'gateways'], value: 'other', index: 1 });
    expect(docs(r.text)[2].spec.gateways).toEqual(['mesh', 'other', 'istio-egressgateway']);
    expect(changedLines(example04, r.text)).toEqual({ removed: [], added: ['  - other'] });
  });

  it('replaces a block collection by a scalar and back', () => {
    const r = ok(example04, { op: 'set', document: 2, path: ['spec', 'hosts'], value: ['a.com', 'b.com'] });
    expect(changedLines(example04, r.text)).toEqual({ removed: ['  - httpbin.com'], added: ['  - a.com', '  - b.com'] });
  });
});

describe('applyEdit: unusual layouts re-render only the smallest container', () => {
  it('handles compact nested sequences', () => {
    const text = 'a:\n- - x\n  - y\n- z\n';
    expect(ok(text, { op: 'insert', document: 0, path: ['a', 0], value: 'w' }).text).toBe('a:\n- - x\n  - y\n  - w\n- z\n');
    expect(ok(text, { op: 'move', document: 0, path: ['a', 0], from: 0, to: 1 }).text).toBe('a:\n- - y\n  - x\n- z\n');
    expect(ok(text, { op: 'delete', document: 0, path: ['a', 0, 0] }).text).toBe('a:\n- - y\n- z\n');
  });

  it('drops a tag that would change the new value\'s type', () => {
    const text = 'b: 1 # c\na: !!str 80\n';
    expect(ok(text, { op: 'set', document: 0, path: ['a'], value: 81 }).text).toBe('b: 1 # c\na: 81\n');
  });
});

describe('applyEdit: workspaces', () => {
  it('edits only the addressed document of many', () => {
    const r = ok(example04, { op: 'set', document: 2, path: ['spec', 'hosts', 0], value: 'httpbin.org' });
    const before = docs(example04);
    const after = docs(r.text);
    expect(after[0]).toEqual(before[0]);
    expect(after[1]).toEqual(before[1]);
    expect(r.changed.start).toBeGreaterThan(example04.indexOf('kind: VirtualService'));
  });

  it('edits an item of a kind: List through its basePath', () => {
    const text = 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: networking.istio.io/v1\n  kind: ServiceEntry\n  metadata: {name: a}\n  spec:\n    hosts: [a.com]\n    resolution: DNS\n';
    const r = ok(text, { op: 'set', document: 0, path: ['items', 0, 'spec', 'resolution'], value: 'STATIC' });
    expect(changedLines(text, r.text)).toEqual({ removed: ['    resolution: DNS'], added: ['    resolution: STATIC'] });
    const r2 = ok(text, { op: 'set', document: 0, path: ['items', 0, 'metadata', 'namespace'], value: 'ns' });
    expect(changedLines(text, r2.text)).toEqual({ removed: ['  metadata: {name: a}'], added: ['  metadata: {name: a, namespace: ns}'] });
  });

  it('counts documents like the parser: empty ones, a leading comment, a document at the end without newline', () => {
    const text = '# header\n---\na: 1\n---\n---\nb: 2';
    expect(ok(text, { op: 'set', document: 2, path: ['b'], value: 3 }).text).toBe('# header\n---\na: 1\n---\n---\nb: 3');
    expect(ok(text, { op: 'set', document: 2, path: ['c'], value: 4 }).text).toBe('# header\n---\na: 1\n---\n---\nb: 2\nc: 4\n');
    expect(applyEdit(text, { op: 'set', document: 1, path: ['x'], value: 1 })).toEqual({ ok: false, message: 'document 1 is empty' });
  });

  it('falls back to a full parse with directives and end markers', () => {
    const text = '%YAML 1.2\n---\na: 1\n...\n---\nb: 2\n';
    expect(ok(text, { op: 'set', document: 1, path: ['b'], value: 5 }).text).toBe('%YAML 1.2\n---\na: 1\n...\n---\nb: 5\n');
  });

  it('keeps CRLF line breaks', () => {
    const text = 'spec:\r\n  hosts:\r\n  - a.com\r\n';
    expect(ok(text, { op: 'insert', document: 0, path: ['spec', 'hosts'], value: 'b.com' }).text).toBe('spec:\r\n  hosts:\r\n  - a.com\r\n  - b.com\r\n');
  });

  it('on a 5 MB workspace parses only the edited document', () => {
    const unit = example04 + '\n---\n';
    const copies = Math.ceil(5_000_000 / unit.length);
    const big = unit.repeat(copies);
    // each copy holds 3 documents (its trailing `---` starts the next copy's first one); the last VirtualService:
    const last = 3 * copies - 1;
    const edit: FormEdit = { op: 'set', document: last, path: ['spec', 'hosts', 0], value: 'x.com' };
    parsed.lengths.length = 0;
    const r = applyEdit(big, edit);
    expect(r.ok && r.changed.text).toBe('x');
    // Every parse it made was of one document (the edited one, and its check), never of the 5 MB text.
    expect(parsed.lengths.length).toBeGreaterThan(0);
    expect(Math.max(...parsed.lengths)).toBeLessThan(unit.length);
  });
});

describe('applyEdit: bad input never throws', () => {
  it.each<[string, string, FormEdit]>([
    ['a missing document', example04, { op: 'set', document: 9, path: ['spec'], value: 1 }],
    ['a syntax error', 'a: [1\n', { op: 'set', document: 0, path: ['a'], value: 1 }],
    ['a path through a scalar', example04, { op: 'set', document: 0, path: ['spec', 'resolution', 'x'], value: 1 }],
    ['an insert into a mapping', example04, { op: 'insert', document: 0, path: ['spec'], value: 1 }],
    ['a move out of range', example04, { op: 'move', document: 0, path: ['spec', 'hosts'], from: 0, to: 4 }],
    ['an empty path', example04, { op: 'set', document: 0, path: [], value: 1 }],
    ['a path through an alias', 'a: &x {b: 1}\nc: *x\n', { op: 'set', document: 0, path: ['c', 'b'], value: 2 }],
  ])('%s gives a message', (_, text, edit) => {
    const r = applyEdit(text, edit);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.length).toBeGreaterThan(0);
  });

  it('treats deleting an absent key as a no-op', () => {
    const r = ok(example04, { op: 'delete', document: 0, path: ['spec', 'subjectAltNames'] });
    expect(r.text).toBe(example04);
  });
});
