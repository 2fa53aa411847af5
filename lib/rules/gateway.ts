/** Gateway rules (rules doc §6, Istio `ValidateGateway`, `validateServer`, `validateServerPort`, `validateServerBind`). */
import type { PathSegment } from '../core/diagnostic';
import {
  dict,
  goQuote,
  isDict,
  isDns1123Label,
  isHttpProtocol,
  isIpAddress,
  isTlsProtocol,
  list,
  num,
  parseProtocol,
  reporter,
  str,
  UNIX_PREFIX,
  validateIpAddress,
  validatePartialWildcard,
  validatePort,
  validateUnixAddress,
  validateWildcardDomain,
  type Report,
  type RuleModule,
} from './common';
import type { RuleCode } from './catalog';
import { checkServerTls, tlsMode } from './gateway-tls';

/** Gateways converted from the Gateway API carry this annotation; their names and `~` namespaces are allowed. */
const GATEWAY_SEMANTICS = 'internal.istio.io/gateway-semantics';

/** Gateway: every webhook rule. */
export const checkGateway: RuleModule = (resource, emit) => {
  const report = reporter(resource, emit);
  const annotations = dict(resource.metadata.annotations) ?? {};
  const gatewaySemantics = annotations[GATEWAY_SEMANTICS] === 'gateway';
  if (!isDns1123Label(resource.name) && !gatewaySemantics) {
    report('GW001', ['metadata', 'name'], `invalid gateway name: ${goQuote(resource.name)}`);
  }
  const spec = dict(resource.spec);
  if (!spec) return;
  const servers = list(spec.servers);
  if (servers.length === 0) report('GW002', ['spec', 'servers'], 'gateway must have at least one server', 'key');
  const portNames = new Set<string>();
  servers.forEach((server, i) => {
    if (!isDict(server)) return;
    const path: PathSegment[] = ['spec', 'servers', i];
    checkServer(server, path, gatewaySemantics, report);
    const port = dict(server.port);
    if (!port) return;
    const name = str(port.name) ?? '';
    if (portNames.has(name)) report('GW003', 'name' in port ? [...path, 'port', 'name'] : [...path, 'port'], `port names in servers must be unique: duplicate name ${name}`);
    portNames.add(name);
    const tls = dict(server.tls);
    if (tls?.httpsRedirect === true && !isHttpProtocol(parseProtocol(str(port.protocol) ?? ''))) {
      report('GW004', [...path, 'tls', 'httpsRedirect'], 'tls.httpsRedirect should only be used with http servers');
    }
  });
};

function checkServer(server: Record<string, unknown>, path: PathSegment[], gatewaySemantics: boolean, report: Report): void {
  const hosts = list(server.hosts);
  if (hosts.length === 0) report('GW010', [...path, 'hosts'], 'server config must contain at least one host', 'key');
  hosts.forEach((h, j) => {
    if (typeof h === 'string') checkHost(h, [...path, 'hosts', j], gatewaySemantics, report);
  });
  const port = dict(server.port);
  const bind = str(server.bind) ?? '';
  const portOk = checkPort(port, bind, [...path, 'port'], report);
  checkBind(port, bind, path, report);
  const tls = dict(server.tls);
  if (tls) checkServerTls(tls, [...path, 'tls'], report);
  if (!portOk || !port) return;
  const protocol = parseProtocol(str(port.protocol) ?? '');
  if (isTlsProtocol(protocol) && !tls) {
    report('GW030', [...path, 'port', 'protocol'], 'server must have TLS settings for HTTPS/TLS protocols');
  } else if (!isTlsProtocol(protocol) && tls) {
    if (!isHttpProtocol(protocol)) {
      report('GW032', [...path, 'tls'], 'server cannot have TLS settings for non HTTPS/TLS ports', 'key');
    } else {
      const mode = tlsMode(tls);
      const passthrough = mode === 'PASSTHROUGH' || mode === 'AUTO_PASSTHROUGH';
      const certs = ['caCertificates', 'privateKey', 'serverCertificate'].some((k) => (str(tls[k]) ?? '') !== '');
      if (!passthrough || certs) report('GW031', [...path, 'tls'], 'server cannot have TLS settings for plain text HTTP ports', 'key');
    }
  }
}

/** Istio's `validateNamespaceSlashWildcardHostname` for gateways: `[namespace/]dnsName`. */
function checkHost(host: string, path: PathSegment[], gatewaySemantics: boolean, report: Report): void {
  const slash = host.indexOf('/');
  if (slash === -1) return checkHostname(host, path, report);
  const ns = host.slice(0, slash);
  const name = host.slice(slash + 1);
  if (ns === '' || name === '') report('GW011', path, 'config namespace and dnsName in host entry cannot be empty');
  if (ns !== '*' && ns !== '.' && (ns !== '~' || !gatewaySemantics) && !isDns1123Label(ns)) {
    report('GW012', path, `invalid namespace value ${goQuote(ns)} in gateway`);
  }
  checkHostname(name, path, report);
}

/** Istio's `validateSidecarOrGatewayHostnamePart` for gateways: FQDN or `*`, IPs allowed, no partial wildcards. */
function checkHostname(name: string, path: PathSegment[], report: Report): void {
  if (name !== '*' && !name.includes('.')) report('GW013', path, 'short names (non FQDN) are not allowed');
  const err = validateWildcardDomain(name);
  if (err && !isIpAddress(name)) report('GW014', path, err);
  const partial = validatePartialWildcard(name);
  if (partial) report('GW015', path, partial);
}

/** Go's `%v` of a `Port` message (prototext, zero values omitted). */
function portText(port: Record<string, unknown>): string {
  const parts: string[] = [];
  const n = num(port.number);
  if (n) parts.push(`number:${n}`);
  for (const k of ['protocol', 'name'] as const) {
    const v = str(port[k]);
    if (v) parts.push(`${k}:${goQuote(v)}`);
  }
  const t = num(port.targetPort);
  if (t) parts.push(`target_port:${t}`);
  return parts.join(' ');
}

/** Istio's `validateServerPort`; true when the port has no error (TLS-vs-protocol checks need a valid port). */
function checkPort(port: Record<string, unknown> | undefined, bind: string, path: PathSegment[], report: Report): boolean {
  if (!port) {
    report('GW020', path, 'port is required', 'key');
    return false;
  }
  let ok = true;
  // a missing field points at the `port` key
  const put = (code: RuleCode, k: string, message: string) => (k in port ? report(code, [...path, k], message) : report(code, path, message, 'key'));
  const protocol = str(port.protocol) ?? '';
  if (!parseProtocol(protocol)) {
    ok = false;
    put('GW021', 'protocol', `invalid protocol ${goQuote(protocol)}, supported protocols are HTTP, HTTP2, GRPC, GRPC-WEB, MONGO, REDIS, MYSQL, TCP`);
  }
  const number = num(port.number) ?? 0;
  if (number > 0 || !bind.startsWith(UNIX_PREFIX)) {
    const err = validatePort(number);
    if (err) {
      ok = false;
      put('GW022', 'number', err);
    }
  }
  if ((num(port.targetPort) ?? 0) > 0) {
    ok = false;
    put('GW023', 'targetPort', 'targetPort has no impact on Gateways');
  }
  if ((str(port.name) ?? '') === '') {
    ok = false;
    put('GW024', 'name', `port name must be set: ${portText(port)}`);
  }
  return ok;
}

/** Istio's `validateServerBind`: a unix socket (with port 0) or an IP. */
function checkBind(port: Record<string, unknown> | undefined, bind: string, path: PathSegment[], report: Report): void {
  if (bind.startsWith(UNIX_PREFIX)) {
    const err = validateUnixAddress(bind.slice(UNIX_PREFIX.length));
    if (err) report('GW026', [...path, 'bind'], err);
    const number = port ? (num(port.number) ?? 0) : 0;
    if (port && number !== 0) report('GW025', [...path, 'port', 'number'], `port number must be 0 for unix domain socket: ${portText(port)}`);
  } else if (bind !== '') {
    const err = validateIpAddress(bind);
    if (err) report('GW027', [...path, 'bind'], err);
  }
}
