import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutGraph } from './layout';
import { exampleGraph, FIXTURES, graphOf } from './testing/load';
import { LAYER_OF, type EgressGraph } from './types';

/** Every node of a lower layer lies strictly left of every node of a higher layer. */
function expectLayerOrder(g: EgressGraph, pos: Awaited<ReturnType<typeof layoutGraph>>) {
  const byLayer = new Map<number, { min: number; max: number }>();
  for (const n of g.nodes) {
    const p = pos[n.id];
    expect(p, n.id).toBeDefined();
    const l = LAYER_OF[n.type];
    const cur = byLayer.get(l) ?? { min: Infinity, max: -Infinity };
    byLayer.set(l, { min: Math.min(cur.min, p!.x), max: Math.max(cur.max, p!.x + p!.width) });
  }
  const layers = [...byLayer.keys()].sort();
  for (let i = 1; i < layers.length; i++) expect(byLayer.get(layers[i - 1]!)!.max).toBeLessThan(byLayer.get(layers[i]!)!.min);
}

describe('layoutGraph', () => {
  it('puts sidecars left of the egress gateway, left of httpbin.com', async () => {
    const g = exampleGraph('04-egress-gateway-httpbin');
    const pos = await layoutGraph(g);
    const x = (id: string) => pos[id]!.x;
    expect(x('mesh')).toBeLessThan(x('gateway:istio-system/istio-egressgateway'));
    expect(x('gateway:istio-system/istio-egressgateway')).toBeLessThan(x('host:httpbin.com'));
  });

  it.each(readdirSync(join(FIXTURES, 'examples')).sort())('%s: mesh < gateway < service < endpoint in x, no overlaps', async (name) => {
    const g = exampleGraph(name);
    const pos = await layoutGraph(g);
    expectLayerOrder(g, pos);
    const boxes = Object.values(pos);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap).toBe(false);
      }
  });

  it('keeps the layer order on a real-world multi-resource config and is deterministic', async () => {
    const file = readdirSync(join(FIXTURES, 'realworld')).find((f) => f.startsWith('008-'))!;
    const g = graphOf(readFileSync(join(FIXTURES, 'realworld', file), 'utf8'));
    const pos = await layoutGraph(g);
    expectLayerOrder(g, pos);
    expect(await layoutGraph(g)).toEqual(pos);
  });

  it('lays out an empty graph', async () => {
    expect(await layoutGraph({ nodes: [], edges: [] })).toEqual({});
  });
});
