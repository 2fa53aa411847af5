import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, codes, docs, res } from './test-kit';

const example04 = readFileSync(new URL('../../fixtures/examples/04-egress-gateway-httpbin/v1beta1.yaml', import.meta.url), 'utf8');
const fixed04 = example04.replace(/- istio-egressgateway\n/g, '- istio-system/istio-egressgateway\n');

const egressGw = (ports = '80') => res('Gateway', 'istio-egressgateway', 'istio-system', `  selector: {istio: egressgateway}\n  servers:\n${ports.split(',').map((p) => `  - port: {number: ${p}, name: p${p}, protocol: HTTP}\n    hosts: ["*"]\n`).join('')}`);
const se = res('ServiceEntry', 'httpbin', 'egress', '  hosts: [httpbin.org]\n  ports: [{number: 80, name: http, protocol: HTTP}]\n  resolution: DNS\n');
const meshHop = `  - match: [{gateways: [mesh], port: 80}]
    route: [{destination: {host: istio-egressgateway.istio-system.svc.cluster.local, port: {number: 80}}}]
`;
const gatewayHop = (port = 80) => `  - match: [{gateways: [istio-system/istio-egressgateway], port: ${port}}]
    route: [{destination: {host: httpbin.org, port: {number: 80}}}]
`;
const vs = (rules: string) => res('VirtualService', 'via-egress', 'egress', `  hosts: [httpbin.org]\n  gateways: [mesh, istio-system/istio-egressgateway]\n  http:\n${rules}`);

describe('egress path completeness', () => {
  it('accepts the complete sidecar → egress gateway → external path', () => {
    expect(codes(docs(se, egressGw(), vs(meshHop + gatewayHop())))).toEqual([]);
  });

  it('reports mesh traffic sent to the egress gateway with no gateway-bound route onward (XR016)', () => {
    const [d] = analyze(docs(se, egressGw(), vs(meshHop)));
    expect(d).toMatchObject({
      code: 'XR016', severity: 'warning', text: 'istio-egressgateway.istio-system.svc.cluster.local',
      message: 'Mesh traffic for httpbin.org is sent to istio-egressgateway.istio-system.svc.cluster.local:80, but no VirtualService bound to Gateway istio-system/istio-egressgateway routes httpbin.org on port 80 onward.',
    });
  });

  it('reports an onward route on another port', () => {
    expect(codes(docs(se, egressGw('80,443'), vs(meshHop + gatewayHop(443))))).toEqual(['XR016']);
  });

  it('reports mesh traffic to a gateway port no server listens on', () => {
    const [d] = analyze(docs(se, egressGw('443'), vs(meshHop + gatewayHop(443))));
    expect(d!.message).toBe('Mesh traffic for httpbin.org is sent to istio-egressgateway.istio-system.svc.cluster.local:80, but Gateway istio-system/istio-egressgateway (selector istio=egressgateway) has no server on port 80.');
  });

  it('reports an egress gateway service no Gateway selects', () => {
    expect(analyze(docs(se, vs(meshHop))).find((d) => d.code === 'XR016')!.message).toBe('Mesh traffic for httpbin.org is sent to istio-egressgateway.istio-system.svc.cluster.local:80, but no Gateway in the workspace selects the egress gateway behind it, so nothing routes it onward.');
  });

  it('reports a gateway-bound match on a port the Gateway does not listen on (XR017), at the port', () => {
    const [d] = analyze(docs(se, egressGw(), vs(gatewayHop(8080))));
    expect(d).toMatchObject({
      code: 'XR017', text: '8080',
      message: 'Rule http[0] of VirtualService egress/via-egress matches port 8080 on Gateway istio-system/istio-egressgateway, which has no server on that port (servers listen on 80).',
    });
  });

  it('seed 04: points at the mis-resolved gateway reference from the mesh hop', () => {
    const d = analyze(example04).find((x) => x.code === 'XR016');
    expect(d).toMatchObject({
      at: '54:15',
      message: 'Mesh traffic for httpbin.com is sent to istio-egressgateway.istio-system.svc.cluster.local:80, but no VirtualService bound to Gateway istio-system/istio-egressgateway routes httpbin.com on port 80 onward (a route is bound to egress/istio-egressgateway, which does not exist; write "istio-system/istio-egressgateway").',
    });
  });

  it('seed 04 with the reference fixed: the ServiceEntry exported to "." is invisible to the gateway in istio-system (XR023)', () => {
    const found = analyze(fixed04);
    expect(found.map((d) => [d.code, d.at, d.text])).toEqual([['XR023', '61:15', 'httpbin.com']]);
    expect(found[0]!.message).toBe('Host httpbin.com is routed from Gateway istio-system/istio-egressgateway, but ServiceEntry egress/external-svc-httpbin exports it to namespace egress, not to namespace istio-system where the gateway runs: the gateway has no cluster for it. Add "istio-system" to its exportTo.');
    expect(codes(fixed04.replace('  - "."\n  location', '  - "."\n  - istio-system\n  location'))).toEqual([]);
  });
});
