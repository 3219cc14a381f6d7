import http from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';
import type { PeerCertificate } from 'node:tls';
import type { ClientSettings } from '../model/settings.js';

/** The agents for one call: a proxy agent where HTTPS_PROXY / HTTP_PROXY / NO_PROXY say so. */
export interface Agents {
  readonly httpAgent: http.Agent;
  readonly httpsAgent: https.Agent;
  /** The proxy URL the request goes through, if any. */
  readonly proxy: string | undefined;
  /** Whether the last socket connected: a timeout before that is a connect timeout. */
  lastSocketConnected(): boolean;
  /** Whether any byte of a response arrived on the last socket (after TLS): the request reached the server. */
  lastSocketReceived(): boolean;
  /** Whether the proxy refused the last CONNECT (any status but 200): the request never left it. */
  proxyRefused(): boolean;
}

/**
 * https-proxy-agent takes the target's TLS options from each request's options, not from its
 * constructor: add the CA bundle and verification setting there. It also drops `host` before the
 * TLS handshake, so an IP address target would be checked against "localhost": check the real host.
 */
async function proxyAgents(proxy: string, tls: https.AgentOptions): Promise<{ http: http.Agent; https: https.Agent }> {
  // The proxy agents are loaded only when a proxy applies.
  const [{ HttpProxyAgent }, { HttpsProxyAgent }, { checkServerIdentity: tlsCheckServerIdentity }] = await Promise.all([
    import('http-proxy-agent'),
    import('https-proxy-agent'),
    import('node:tls'),
  ]);
  class TlsProxyAgent extends HttpsProxyAgent<string> {
    override connect(req: http.ClientRequest, opts: Parameters<InstanceType<typeof HttpsProxyAgent>['connect']>[1]) {
      const host = opts.host ?? '';
      const checkServerIdentity = (_name: string, cert: PeerCertificate) => tlsCheckServerIdentity(host, cert);
      return super.connect(req, { ...opts, ...tls, checkServerIdentity } as typeof opts);
    }
  }
  return {
    http: new HttpProxyAgent(proxy) as unknown as http.Agent,
    https: new TlsProxyAgent(proxy) as unknown as https.Agent,
  };
}

/**
 * A TLS handshake counts against the connect timeout, as in urllib3 (Node's connect timer stops at the
 * TCP connect, so a server that never completes the handshake would hold the call until the read
 * timeout). 0 waits forever.
 */
function handshakeDeadline(socket: Socket, seconds: number): void {
  if (seconds === 0 || !('encrypted' in socket)) return;
  const timer = setTimeout(() => {
    socket.destroy(Object.assign(new Error('TLS handshake timed out'), { code: 'ETIMEDOUT' }));
  }, seconds * 1000);
  timer.unref();
  const clear = (): void => clearTimeout(timer);
  socket.once('secureConnect', clear);
  socket.once('close', clear);
}

/**
 * The HTTPS agent of a client whose endpoint is http://: never used (the request handler picks the
 * agent by the request's scheme), but the handler wants an agent it can destroy.
 */
const noTls = {
  destroy: () => undefined,
} as unknown as https.Agent;

/** Builds the agents: TLS settings (CA bundle, verification) apply to direct and proxied HTTPS alike. */
export async function buildAgents(settings: ClientSettings): Promise<Agents> {
  const tls = {
    rejectUnauthorized: settings.verifySsl,
    ...(settings.caBundle !== undefined ? { ca: settings.caBundle } : {}),
  };
  const proxy = settings.proxy;
  let connected = true;
  let received = false;
  const track = <T extends http.Agent>(agent: T): T => {
    const create = (agent as unknown as { createConnection: (...args: unknown[]) => Socket }).createConnection.bind(
      agent,
    );
    Object.assign(agent, {
      createConnection: (...args: unknown[]) => {
        connected = false;
        received = false;
        const socket = create(...args);
        // Over TLS, connected means the handshake finished: a stalled handshake is a connect timeout.
        socket.once('encrypted' in socket ? 'secureConnect' : 'connect', () => (connected = true));
        handshakeDeadline(socket, settings.connectTimeoutSeconds);
        // Registered before http's own parser listens; a TLS socket emits decrypted data only.
        socket.once('data', () => (received = true));
        return socket;
      },
    });
    return agent;
  };
  if (proxy) {
    const agents = await proxyAgents(proxy, tls);
    // https-proxy-agent answers a refused CONNECT with the proxy's own response, which would read as
    // the service's; urllib3 (aws-cli) fails with "Failed to connect to proxy URL".
    let refused = false;
    agents.https.on('proxyConnect', (connect: { statusCode: number }) => (refused = connect.statusCode !== 200));
    return {
      httpAgent: agents.http,
      httpsAgent: agents.https,
      proxy,
      proxyRefused: () => refused,
      lastSocketConnected: () => true,
      // Through a proxy the tunnel hides the response's first bytes: not known, so not claimed.
      lastSocketReceived: () => false,
    };
  }
  return {
    httpAgent: track(new http.Agent({ keepAlive: false })),
    // An http:// endpoint needs no TLS: node:https (and node:tls) then never load (see scripts/build.mjs).
    httpsAgent: settings.requestUrl.startsWith('https:') ? track(new https.Agent({ keepAlive: false, ...tls })) : noTls,
    proxy: undefined,
    lastSocketConnected: () => connected,
    lastSocketReceived: () => received,
    proxyRefused: () => false,
  };
}
