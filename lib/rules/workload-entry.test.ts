import { describe, expect, it } from 'vitest';
import { validateText } from '../validate';
import { commonRules, workloadEntryRules } from './catalog';
import { itChecksRules, manifest, type RuleCase } from './rule-cases';

const we = (spec: string, metadata = '') => manifest('WorkloadEntry', spec, metadata);
const longName = 'p'.repeat(63);

const cases: RuleCase[] = [
  { code: 'WE001', invalid: we('labels: {app: x}'), message: 'address is required', at: 'spec', valid: we('address: 10.0.0.1\nlabels: {app: x}') },
  { code: 'WE002', invalid: we('network: vpc-1'), message: 'address is unset with network "vpc-1"', at: 'vpc-1', valid: we('network: vpc-1\naddress: vm1.example.com') },
  { code: 'WE003', invalid: we('address: unix://sock/'), message: 'sock/ is not an absolute path to a file', at: 'unix://sock/', valid: we('address: unix:///var/run/sock') },
  { code: 'WE004', invalid: we('address: unix:///sock\nports: {http: 80}'), message: 'unix endpoint unix:///sock must not include ports', at: 'ports', valid: we('address: 10.0.0.1\nports: {http: 80}') },
  { code: 'WE005', invalid: we('address: invaliddns.com:9443'), message: 'endpoint address "invaliddns.com:9443" is not a valid FQDN or an IP address', at: 'invaliddns.com:9443', valid: we('address: invaliddns.com') },
  { code: 'WE006', invalid: we('address: 10.0.0.1\nports: {http.web: 80}'), message: 'invalid port name: http.web', at: 'http.web', valid: we('address: 10.0.0.1\nports: {http-web: 80}') },
  { code: 'WE007', invalid: we('address: 10.0.0.1\nports: {http: 65536}'), message: 'port number 65536 must be in the range 1..65535', at: '65536', valid: we('address: 10.0.0.1\nports: {http: 65535}') },
  { code: 'WE008', invalid: we('address: 10.0.0.1\nlabels: {app: "-x"}'), message: 'invalid tag value: "-x"', at: '"-x"', valid: we('address: 10.0.0.1\nlabels: {app: x-1.y_z}') },
  { code: 'WE009', invalid: we(`address: 10.0.0.1\nports: {${longName}: 80}`), message: 'port name must be valid', at: longName, valid: we(`address: 10.0.0.1\nports: {${longName.slice(1)}: 80}`) },
  {
    code: 'COMMON001',
    invalid: we('address: 10.0.0.1', 'annotations: {istio.io/dry-run: "true"}'),
    message: 'bar/foo has unsupported annotation istio.io/dry-run, please remove the annotation',
    at: 'istio.io/dry-run',
    valid: we('address: 10.0.0.1', 'annotations: {istio.io/rev: canary}'),
  },
  {
    code: 'COMMON002',
    invalid: we('address: 10.0.0.1', 'annotations: {internal.istio.io/webhook-always-reject: ""}'),
    message: '"internal.istio.io/webhook-always-reject" annotation found, rejecting',
    at: 'internal.istio.io/webhook-always-reject',
    valid: we('address: 10.0.0.1', 'annotations: {internal.istio.io/webhook: ""}'),
  },
  {
    code: 'COMMON003',
    invalid: we('address: 10.0.0.1', 'annotations: {internal.istio.io/parents: x}'),
    message: '"internal.istio.io/parents" annotation found, this may not be set by users',
    at: 'internal.istio.io/parents',
    valid: we('address: 10.0.0.1', 'annotations: {istio.io/parents: x}'),
  },
];

describe('WorkloadEntry rules', () => {
  itChecksRules(cases);

  it('has a case for every WorkloadEntry and metadata code', () => {
    expect(cases.map((c) => c.code).sort()).toEqual([...Object.keys(workloadEntryRules), ...Object.keys(commonRules)].sort());
  });

  it('stops after "address is required", as Istio does', () => {
    const codes = validateText(we('ports: {Bad_Name: 0}\nlabels: {"-": x}')).diagnostics.filter((d) => d.source === 'rule').map((d) => d.code);
    expect(codes).toEqual(['WE001']);
  });

  it('accepts IPv6 addresses, abstract sockets and FQDNs with a trailing dot', () => {
    for (const address of ['"2001:db8::1"', 'unix://@abstract', 'vm.example.com.']) {
      expect(validateText(we(`address: ${address}`)).diagnostics.filter((d) => d.source === 'rule')).toEqual([]);
    }
  });
});
