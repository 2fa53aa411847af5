import { describe, expect, it } from 'vitest';
import { parseWorkspace } from './parse';
import { locatePath } from './locate';

const text = `apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: ext # the name
spec:
  hosts:
  - example.com
  ports:
  - number: 443
    name: https
  empty:
`;

function at(path: (string | number)[], target: 'value' | 'key' = 'value') {
  const ws = parseWorkspace(text);
  const d = ws.documents[0]!;
  return locatePath(d.doc, ws.lineCounter, ws.text, path, target, d.offset);
}

describe('locatePath', () => {
  it('points at the value at a path', () => {
    expect(at(['spec', 'ports', 0, 'name'])).toEqual({ range: { line: 10, column: 11, endLine: 10, endColumn: 16 }, exact: true });
    expect(at(['metadata', 'name']).range).toEqual({ line: 4, column: 9, endLine: 4, endColumn: 12 });
  });

  it('points at the key when asked', () => {
    expect(at(['spec', 'ports'], 'key').range).toEqual({ line: 8, column: 3, endLine: 8, endColumn: 8 });
  });

  it('ends a collection at its last character, not after trailing newlines', () => {
    expect(at(['spec', 'hosts']).range).toEqual({ line: 7, column: 3, endLine: 7, endColumn: 16 });
  });

  it('points at the nearest existing ancestor key for a missing field', () => {
    expect(at(['spec', 'resolution'])).toEqual({ range: { line: 5, column: 1, endLine: 5, endColumn: 5 }, exact: false });
    expect(at(['spec', 'ports', 0, 'protocol']).exact).toBe(false);
  });

  it('points at the key of an empty value', () => {
    expect(at(['spec', 'empty']).range).toEqual({ line: 11, column: 3, endLine: 11, endColumn: 8 });
  });
});
