import { describe, expect, it } from 'vitest';
import { analyzeForStudio } from './analysis';
import { createStudioAnalyzer } from './incremental-studio';
import { createResultDecoder, createResultEncoder } from './result-delta';

const doc = (i: number) => `apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: ext-${i}
spec:
  hosts: [api-${i}.example.com]
  ports:
  - {number: 443, name: https, protocol: TLS}
  resolution: DNS
`;
const text = Array.from({ length: 40 }, (_, i) => doc(i)).join('---\n');
const noClock = () => 0;

describe('validation answers as deltas', () => {
  it('decode to what a full analysis gives, version after version, across a structured clone', () => {
    const analyze = createStudioAnalyzer(noClock);
    const encode = createResultEncoder();
    const decode = createResultDecoder();
    const versions = [text, text.replace('number: 443', 'number: 443x'), text.replace('name: ext-20', 'name: ext-2'), 'a: [\n', text];
    versions.forEach((t, v) => {
      const decoded = decode(structuredClone(encode(analyze(t, v))));
      const full = analyzeForStudio(t, v, noClock);
      expect(decoded).toEqual(full);
    });
  });

  it('a one-character edit sends that document’s resource only; the receiver keeps its other objects', () => {
    const analyze = createStudioAnalyzer(noClock);
    const encode = createResultEncoder();
    const decode = createResultDecoder();
    const first = decode(structuredClone(encode(analyze(text, 1))))!;
    const edited = text.replace('api-20.example.com', 'api-20.example.org');
    const delta = encode(analyze(edited, 2));
    expect(delta.full).toBe(false);
    expect(delta.resources.items).toHaveLength(1);
    expect(delta.resources.items[0]!.name).toBe('ext-20');
    const second = decode(structuredClone(delta))!;
    expect(second.resources.filter((r, i) => r === first.resources[i])).toHaveLength(39);
    expect(second.resources[20]!.spec).toMatchObject({ hosts: ['api-20.example.org'] });
  });

  it('a decoder that lost track answers null, and a reset encoder makes the next answer full', () => {
    const analyze = createStudioAnalyzer(noClock);
    const encode = createResultEncoder();
    encode(analyze(text, 1));
    const delta = encode(analyze(`${text}\n`, 2));
    expect(createResultDecoder()(delta)).toBeNull();
    encode.reset();
    const again = encode(analyze(text, 3));
    expect(again.full).toBe(true);
    expect(createResultDecoder()(structuredClone(again))).toEqual(analyzeForStudio(text, 3, noClock));
  });
});
