import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { exportWorkspace } from './index';

const se = (name: string, v = 'v1alpha3') => `apiVersion: networking.istio.io/${v}\nkind: ServiceEntry\nmetadata:\n  name: ${name}\nspec:\n  hosts: [${name}.com]\n`;
const cm = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n';

describe('exportWorkspace', () => {
  it('converts Istio documents, keeps others, and joins them with ---', () => {
    const out = exportWorkspace(`${se('a')}---\n${cm}---\n${se('b', 'v1beta1')}`, { apiVersion: 'v1' });
    expect(out.text).toBe(`${se('a', 'v1')}---\n${cm}---\n${se('b', 'v1')}`);
    expect(out.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('drops empty documents but keeps their comments', () => {
    const src = `---\n---\n# about b\n---\n${se('a')}---\n\n---\n${se('b')}---\n# trailer\n`;
    const out = exportWorkspace(src, { apiVersion: 'v1alpha3' });
    expect(out.text).toBe(`# about b\n---\n${se('a')}---\n${se('b')}# trailer\n`);
    expect(parseAllDocuments(out.text)).toHaveLength(2);
  });

  it('replaces ... markers with --- and keeps the comments between documents', () => {
    const src = `${se('a')}... # end of a\n# before b\n${se('b')}`;
    const out = exportWorkspace(src, { apiVersion: 'v1' });
    expect(out.text).toBe(`${se('a', 'v1')}# end of a\n# before b\n---\n${se('b', 'v1')}`);
  });

  it('keeps directives with their document', () => {
    const src = `${se('a')}...\n%TAG !e! tag:example.com,2000:\n---\n${se('b')}`;
    const out = exportWorkspace(src, { apiVersion: 'v1beta1' });
    expect(out.text).toBe(`${se('a', 'v1beta1')}...\n%TAG !e! tag:example.com,2000:\n---\n${se('b', 'v1beta1')}`);
    expect(parseAllDocuments(out.text).map((d) => d.errors.length)).toEqual([0, 0]);
  });

  it('adds a final newline when the input has none', () => {
    expect(exportWorkspace(se('a').trimEnd(), { apiVersion: 'v1alpha3' }).text).toBe(se('a'));
  });

  it('exports only the documents in scope', () => {
    const src = `${se('a')}---\n${cm}---\n${se('b')}`;
    expect(exportWorkspace(src, { apiVersion: 'v1', scope: 'istio' }).text).toBe(`${se('a', 'v1')}---\n${se('b', 'v1')}`);
    expect(exportWorkspace(src, { apiVersion: 'v1', scope: { documents: [2] } }).text).toBe(`---\n${se('b', 'v1')}`);
  });

  it('reports YAML errors with their position and still returns the text', () => {
    const src = `${se('a')}---\napiVersion: networking.istio.io/v1alpha3\nkind: Gateway\nspec: {servers: [\n`;
    const out = exportWorkspace(src, { apiVersion: 'v1' });
    const errors = out.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((d) => d.document === 1 && d.range.line >= 8)).toBe(true);
    expect(out.text.startsWith(se('a', 'v1'))).toBe(true);
  });

  it('returns empty text for an empty workspace', () => {
    expect(exportWorkspace('', { apiVersion: 'v1' })).toMatchObject({ text: '', diagnostics: [] });
    expect(exportWorkspace('# nothing here\n', { apiVersion: 'v1' }).text).toBe('# nothing here\n');
  });
});
