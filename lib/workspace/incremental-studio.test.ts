import { describe, expect, it } from 'vitest';
import { analyzeForStudio } from './analysis';
import { createStudioAnalyzer } from './incremental-studio';

const SE = `apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: ext
spec:
  hosts: [api.example.com]
  ports:
  - {number: 443, name: https, protocol: TLS}
  resolution: DNS
`;
const VS = `---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: vs
spec:
  hosts: [api.example.com]
  tls:
  - match: [{port: 443, sniHosts: [api.example.com]}]
    route:
    - destination: {host: api.example.com}
`;

describe('createStudioAnalyzer', () => {
  it('gives the same result as analyzeForStudio version after version', () => {
    const analyze = createStudioAnalyzer(() => 0);
    const versions = [SE, SE + VS, SE.replace('api.example.com', 'other.example.com') + VS, 'a: [', SE + VS];
    versions.forEach((text, version) => expect(analyze(text, version)).toEqual(analyzeForStudio(text, version, () => 0)));
  });

  it('reports an unreadable text as broken YAML', () => {
    expect(createStudioAnalyzer()('kind: [', 1).yamlBroken).toBe(true);
  });
});
