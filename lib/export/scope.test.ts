import { describe, expect, it } from 'vitest';
import { parseWorkspace } from '../yaml/parse';
import { exportWorkspace } from './index';
import { scopeFilter, workspaceNamespaces } from './scope';

const se = (name: string, ns?: string) =>
  `apiVersion: networking.istio.io/v1beta1\nkind: ServiceEntry\nmetadata:\n  name: ${name}\n${ns ? `  namespace: ${ns}\n` : ''}spec:\n  hosts: [${name}.com]\n`;
const list = 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: c, namespace: ops}\n';
const text = [se('a', 'egress'), se('b'), list, se('c', 'egress')].join('---\n');

describe('export scope', () => {
  const ws = parseWorkspace(text);
  const kept = (scope: Parameters<typeof scopeFilter>[1]) => [0, 1, 2, 3].filter(scopeFilter(ws, scope));

  it('lists namespaces, counting a missing one as default', () => {
    expect(workspaceNamespaces(ws)).toEqual(['default', 'egress', 'ops']);
  });

  it('keeps the documents of one namespace, List items included', () => {
    expect(kept({ namespace: 'egress' })).toEqual([0, 3]);
    expect(kept({ namespace: 'default' })).toEqual([1]);
    expect(kept({ namespace: 'ops' })).toEqual([2]);
    expect(kept({ namespace: 'nowhere' })).toEqual([]);
  });

  it('keeps a selection, or only the Istio documents', () => {
    expect(kept({ documents: [3, 1] })).toEqual([1, 3]);
    expect(kept('istio')).toEqual([0, 1, 3]);
    expect(kept('all')).toEqual([0, 1, 2, 3]);
  });

  it('exports one namespace as kubectl-ready YAML', () => {
    const out = exportWorkspace(text, { apiVersion: 'v1', scope: { namespace: 'egress' } });
    expect(out.text).toBe(`${se('a', 'egress')}---\n${se('c', 'egress')}`.replaceAll('v1beta1', 'v1'));
  });
});
