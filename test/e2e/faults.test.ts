import { describe, expect, test } from 'vitest';
import { startFaultServer, startTlsStall } from '../support/fault-server.mjs';
import { bin } from '../support/run-bin.js';
import { spawnMeasured } from '../support/spawn-measured.js';

// The transport fault matrix: a raw loopback server misbehaves in one scripted way per case. Each
// case checks what a user meets — exit code, one line on stderr, nothing on stdout — and what must
// never happen: a second start once a response had begun, a secret in the output, unbounded memory.

const SECRET = 'wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY';
const TOKEN = 'SESSIONTOKENSECRET123';
const PASSWORD = 'urlPassw0rd';
const env = {
  PATH: process.env['PATH'] ?? '',
  HOME: '/nonexistent',
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: SECRET,
  AWS_SESSION_TOKEN: TOKEN,
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_PAGER: '',
};
const withPassword = (url: string) => url.replace('://', `://labeler:${PASSWORD}@`);
const CLOSED = 'Connection was closed before we received a valid response from endpoint URL: "';
const NOT_VALID = 'answered HTTP 200 with a body that is not a valid StartImportLabelsTaskRun response.';

/**
 * Fault, exit code, a part of the one stderr line, how many requests the server may see: the starts,
 * and after each start whose answer was lost one GetMLTaskRuns (the check that no import started;
 * the fault server garbles it too, so nothing is adopted). A start whose response had begun is not
 * sent again; one that got no answer at all is (3 starts, 3 checks).
 */
const MATRIX: [fault: string, code: number, line: string, requests: number][] = [
  ['partial status line', 255, CLOSED, 2],
  ['status line then close', 255, CLOSED, 2],
  ['headers then close', 255, CLOSED, 2],
  ['close mid-body', 255, CLOSED, 2],
  ['long content-length', 255, CLOSED, 2],
  ['short content-length', 255, NOT_VALID, 1],
  ['chunked garbage', 255, CLOSED, 2],
  ['gzip garbage', 255, NOT_VALID, 1],
  ['flood', 255, 'sent a response larger than 16 MiB; it was not read.', 2],
  ['silence', 255, 'Read timeout on endpoint URL: "', 6],
  ['reset', 255, CLOSED, 6],
  [
    'error with control characters',
    254,
    'An error occurred (InvalidInputException) when calling the StartImportLabelsTaskRun operation: line1\\r\\n\\x1b[31mred\\x1b[0m\\x07 end',
    1,
  ],
];

function expectOneLine(stderr: string, line: string): void {
  expect(stderr.startsWith('\n'), 'a blank line first').toBe(true);
  const lines = stderr.slice(1).split('\n');
  expect(lines.at(-1), 'ends with a newline').toBe('');
  expect(lines.slice(0, -1)).toHaveLength(1);
  expect(lines[0]).toContain(line);
  expect(stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
}

describe('transport faults', () => {
  test.each(MATRIX)('%s: exit %i, one line', async (fault, code, line, requests) => {
    const server = await startFaultServer(fault);
    try {
      const args = ['--transform-id', 't', '--input-s3-path', 's3://b/k', '--endpoint-url', withPassword(server.url)];
      const result = await spawnMeasured([process.execPath, bin, ...args, '--cli-read-timeout', '1'], env);
      expect(result.code).toBe(code);
      expect(result.stdout).toBe('');
      expectOneLine(result.stderr, line);
      expect(server.requests()).toBe(requests);
      for (const secret of [SECRET, TOKEN, PASSWORD]) expect(result.stderr).not.toContain(secret);
      expect(result.peakMiB).toBeGreaterThan(0);
      expect(result.peakMiB).toBeLessThan(200);
    } finally {
      await server.close();
    }
  });

  test('a trickled response is read whole: one request, the TaskRunId printed', async () => {
    const server = await startFaultServer('trickle');
    try {
      const result = await spawnMeasured(
        [
          process.execPath,
          bin,
          '--transform-id',
          't',
          '--input-s3-path',
          's',
          '--endpoint-url',
          server.url,
          '--output',
          'text',
        ],
        env,
      );
      expect(result).toMatchObject({ code: 0, stdout: 'tfr-fault\n', stderr: '' });
      expect(server.requests()).toBe(1);
    } finally {
      await server.close();
    }
  });

  test('a TLS handshake that never finishes is a connect timeout, retried as aws-cli retries it', async () => {
    const server = await startTlsStall();
    try {
      const args = [
        '--transform-id',
        't',
        '--input-s3-path',
        's',
        '--endpoint-url',
        server.url,
        '--cli-connect-timeout',
        '1',
      ];
      const result = await spawnMeasured([process.execPath, bin, ...args], env);
      expect(result.code).toBe(255);
      expectOneLine(result.stderr, `Connect timeout on endpoint URL: "${server.url}/"`);
      expect(server.requests()).toBe(3);
    } finally {
      await server.close();
    }
  });
});
