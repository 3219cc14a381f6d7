// A raw loopback HTTP server with one scripted fault, to test what the tool does when the transport
// misbehaves: partial status lines, drops mid-headers or mid-body, wrong Content-Length, broken
// chunked encoding, gzip garbage, trickles, floods, silence, resets, TLS that never finishes.
// Plain JavaScript so that a script can drive aws-cli against it too. Loopback only.
import net from 'node:net';

const OK_BODY = '{"TaskRunId":"tfr-fault"}';
const head = (extra = '') => `HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.1\r\n${extra}`;

/** What each fault does once a whole request has arrived. `socket` is the raw connection. */
export const FAULTS = {
  'partial status line': (s) => s.end('HTTP/1.1 2'),
  'status line then close': (s) => s.end('HTTP/1.1 200 OK\r\n'),
  'headers then close': (s) => s.end(`${head()}Content-Length: 60\r\n`),
  'close mid-body': (s) => s.end(`${head()}Content-Length: 60\r\n\r\n{"TaskRunId":`),
  'long content-length': (s) => s.end(`${head()}Content-Length: 1000\r\n\r\n${OK_BODY}`),
  'short content-length': (s) => s.end(`${head()}Content-Length: 5\r\n\r\n${OK_BODY}`),
  'chunked garbage': (s) => s.end(`${head()}Transfer-Encoding: chunked\r\n\r\nzz\r\n${OK_BODY}\r\n0\r\n\r\n`),
  'gzip garbage': (s) =>
    s.end(`${head()}Content-Encoding: gzip\r\nContent-Length: 12\r\nConnection: close\r\n\r\nnot gzip at1`),
  trickle: (s) => {
    const bytes = Buffer.from(`${head()}Content-Length: ${OK_BODY.length}\r\nConnection: close\r\n\r\n${OK_BODY}`);
    let i = 0;
    const timer = setInterval(() => {
      if (s.destroyed) return clearInterval(timer);
      s.write(bytes.subarray(i, i + 8));
      i += 8;
      if (i >= bytes.length) {
        clearInterval(timer);
        s.end();
      }
    }, 5);
  },
  flood: (s) => {
    s.write(`${head()}Connection: close\r\n\r\n{"TaskRunId":"`);
    const chunk = Buffer.alloc(256 * 1024, 0x61);
    const pump = () => {
      while (!s.destroyed && s.write(chunk));
      if (!s.destroyed) s.once('drain', pump);
    };
    pump();
  },
  silence: () => undefined,
  reset: (s) => s.resetAndDestroy(),
  'error with control characters': (s) => {
    const body = JSON.stringify({
      __type: 'InvalidInputException',
      Message: 'line1\r\n\u001b[31mred\u001b[0m\u0007 end',
    });
    s.end(
      `HTTP/1.1 400 Bad Request\r\nContent-Type: application/x-amz-json-1.1\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
    );
  },
};

/** Starts a server answering every request with `fault`; counts the requests whose headers and body arrived. */
export async function startFaultServer(fault) {
  const act = FAULTS[fault];
  if (!act) throw new Error(`no such fault: ${fault}`);
  const sockets = new Set();
  let requests = 0;
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let buffered = '';
    socket.on('data', (data) => {
      buffered += data.toString('latin1');
      const end = buffered.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/content-length: *(\d+)/i.exec(buffered.slice(0, end))?.[1] ?? 0);
      if (buffered.length < end + 4 + length) return;
      buffered = '';
      requests++;
      act(socket);
    });
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    requests: () => requests,
    close: () =>
      new Promise((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

/** A TCP server that accepts and never speaks: a TLS handshake against it never completes. */
export async function startTlsStall() {
  const sockets = new Set();
  let connections = 0;
  const server = net.createServer((socket) => {
    connections++;
    sockets.add(socket);
    socket.on('error', () => undefined);
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  return {
    url: `https://127.0.0.1:${server.address().port}`,
    requests: () => connections,
    close: () =>
      new Promise((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}
