import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNode, parseAllDocuments, stringify } from 'yaml';
import { awkwardString, leafPaths, resourceArb } from '../testing/arbitraries';
import { applyEdit } from './edit';

/** The workspace as a user might have written it: comments above and beside values, documents separated by `---`. */
function render(resources: readonly object[]): string {
  return resources.map((r, i) => `# document ${i}\n${stringify(r).replace(/^(\s*)(name: .*)$/m, '$1$2 # the name')}`).join('---\n');
}

function setAt(root: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const seg of path.slice(0, -1)) node = node[seg] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else node[last] = value;
  return copy;
}

describe('applyEdit properties', () => {
  it('empties a map whose last value is a block scalar without joining the next line (found by the property below)', () => {
    const text = 'metadata:\n  annotations:\n    note: |-\n      a\n      b\nspec:\n  host: t\n';
    const r = applyEdit(text, { op: 'delete', document: 0, path: ['metadata', 'annotations', 'note'] });
    expect(r).toMatchObject({ ok: true, text: 'metadata:\n  annotations: {}\nspec:\n  host: t\n' });
  });

  it('changes only the characters of the edited node: every other byte, comment and document stays', () => {
    const edit = fc.array(resourceArb(), { minLength: 1, maxLength: 3 }).chain((resources) =>
      fc.record({
        resources: fc.constant(resources),
        document: fc.nat({ max: resources.length - 1 }),
        pick: fc.nat(),
        value: fc.oneof(awkwardString, fc.integer(), fc.boolean(), fc.constant(undefined)),
      }),
    );
    fc.assert(
      fc.property(edit, ({ resources, document, pick, value }) => {
        const text = render(resources);
        const paths = leafPaths(resources[document]).filter((p) => p.length > 1);
        const path = paths[pick % paths.length]!;
        const result = applyEdit(text, { op: 'set', document, path, value });
        expect(result.ok, JSON.stringify(result)).toBe(true);
        if (!result.ok) return;
        const { changed } = result;

        // Outside `changed`, the new text is the old text.
        expect(result.text.slice(0, changed.start)).toBe(text.slice(0, changed.start));
        expect(result.text.slice(changed.start + changed.text.length)).toBe(text.slice(changed.end));

        // `changed` lies inside the collection holding the edited node (for a delete, the one holding that) in the old text.
        const docs = parseAllDocuments(text);
        // (a set may restyle the pair, e.g. to a block scalar; a delete may leave `{}` behind in the parent)
        const ownerPath = path.slice(0, value === undefined ? -2 : -1);
        const owner = ownerPath.length === 0 ? docs[document]!.contents : docs[document]!.getIn(ownerPath, true);
        expect(isNode(owner)).toBe(true);
        const [from, , to] = (owner as { range: [number, number, number] }).range;
        // Whole lines may go (a deleted pair takes its indentation and line break with it).
        expect(changed.start).toBeGreaterThanOrEqual(text.lastIndexOf('\n', from - 1) + 1);
        expect(changed.end).toBeLessThanOrEqual(text.indexOf('\n', to - 1) + 1 || text.length);

        // The data is the old data with exactly this edit; the other documents and every comment are unchanged.
        const after = parseAllDocuments(result.text).map((d) => d.toJS() as unknown);
        const expected = resources.map((r, i) => (i === document ? setAt(r, path, value) : r));
        expect(after).toEqual(expected);
        // A set keeps even the comment beside the value it replaces; a delete takes only its own line's comment.
        const comments = text.split('\n').filter((l) => l.includes('# ') && (value !== undefined || !l.includes(`${String(path[path.length - 1])}:`)));
        for (const line of comments) expect(result.text).toContain(line.trim().startsWith('#') ? line : line.slice(line.indexOf(' # ')));
      }),
      { numRuns: 200 },
    );
  });
});
