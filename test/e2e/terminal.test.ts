import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Emulator, startEmulator } from '../../src/emulator/server.js';
import { runInTerminal } from '../support/pty.js';
import { bin, credentialScope } from '../support/run-bin.js';
import { startStsStub } from '../support/services.js';

// The paths that depend on a terminal — pager, colour, auto-prompt — in a real pseudo-terminal.

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator(0);
});
afterAll(() => emulator.close());

const KEYS = {
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY',
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_EC2_METADATA_DISABLED: 'true',
  HOME: '/nonexistent',
};
/** Answers prompts in order: each step waits for its pattern on the screen, then types its keys. */
function answering(steps: [RegExp, string][]): (screen: string) => string | undefined {
  return (screen) => {
    const step = steps[0];
    if (step?.[0].test(screen)) {
      steps.shift();
      return step[1];
    }
    return undefined;
  };
}

/** A HOME whose profile `mfa` assumes a role with an MFA device, from the static keys of `base`. */
function mfaHome(): string {
  const home = mkdtempSync(join(tmpdir(), 'gil-mfa-'));
  mkdirSync(join(home, '.aws'));
  writeFileSync(join(home, '.aws/credentials'), '[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = s\n');
  writeFileSync(
    join(home, '.aws/config'),
    '[profile mfa]\nrole_arn = arn:aws:iam::123456789012:role/labeler\nsource_profile = base\nmfa_serial = arn:aws:iam::123456789012:mfa/me\n',
  );
  return home;
}

const call = (...more: string[]) => [
  process.execPath,
  bin,
  '--transform-id',
  'tfm-tty',
  '--input-s3-path',
  's3://b/l.csv',
  '--endpoint-url',
  emulator.url,
  ...more,
];

describe('pager', () => {
  test('with a code cache, the second call pages and prompts as the first did (no stray warning)', async () => {
    // A cache folder that can be written: the first call leaves its code cache there (or uses the
    // build's seed), the second starts from it. Code from a cache once had no loader for import():
    // the pager and the prompt failed on every call but the first.
    const env = {
      ...KEYS,
      XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'gil-tty-cache-')),
      AWS_PAGER: 'sed s/^/PAGED:/',
    };
    for (const round of [1, 2]) {
      const paged = await runInTerminal(call(), env);
      expect({ round, code: paged.code }).toEqual({ round, code: 0 });
      expect(paged.screen).toContain('PAGED:    "TaskRunId": "tfr-');
      expect(paged.screen).not.toMatch(/Warning|dynamic import/);
      const prompted = await runInTerminal(
        [process.execPath, bin, '--cli-auto-prompt', '--endpoint-url', emulator.url],
        env,
        answering([
          [/TransformId/, 'tfm-tty\r'],
          [/InputS3Path/, 's3://b/l.csv\r'],
          [/ReplaceAllLabels/, '\r'],
        ]),
      );
      expect({ round, code: prompted.code }).toEqual({ round, code: 0 });
      expect(prompted.screen).toContain('"TaskRunId": "tfr-');
      expect(prompted.screen).not.toMatch(/Warning|dynamic import/);
    }
  });

  test('AWS_PAGER receives the output on a terminal, with LESS=FRX added', async () => {
    const r = await runInTerminal(call(), { ...KEYS, AWS_PAGER: `sh -c 'echo "LESS=$LESS"; sed "s/^/PAGED:/"'` });
    expect(r.code).toBe(0);
    expect(r.screen).toContain('LESS=FRX');
    expect(r.screen).toContain('PAGED:    "TaskRunId": "tfr-');
  });

  test('an existing LESS is kept; PAGER is used when AWS_PAGER is unset', async () => {
    const r = await runInTerminal(call(), { ...KEYS, LESS: 'abc', PAGER: `sh -c 'echo "LESS=$LESS"; cat'` });
    expect(r.screen).toContain('LESS=abc');
    expect(r.screen).toContain('"TaskRunId"');
  });

  test('cli_pager in the profile comes before PAGER', async () => {
    const home = mkdtempSync(join(tmpdir(), 'gil-pager-'));
    writeFileSync(join(home, 'config'), `[default]\ncli_pager = sed "s/^/CONFIGPAGER:/"\n`);
    const r = await runInTerminal(call(), {
      ...KEYS,
      AWS_CONFIG_FILE: join(home, 'config'),
      PAGER: 'sed "s/^/PAGERVAR:/"',
    });
    expect(r.screen).toContain('CONFIGPAGER:{');
    expect(r.screen).not.toContain('PAGERVAR:');
  });

  test('with nothing configured the pager is `less` (a stand-in earlier on PATH)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gil-less-'));
    writeFileSync(join(dir, 'less'), '#!/bin/sh\nsed "s/^/FAKELESS:/"\n', { mode: 0o755 });
    const r = await runInTerminal(call(), { ...KEYS, PATH: `${dir}:${process.env['PATH'] ?? ''}` });
    expect(r.code).toBe(0);
    expect(r.screen).toContain('FAKELESS:{');
  });

  test.each([
    ['CI is set', { CI: 'true' }, []],
    ['--no-cli-pager', {}, ['--no-cli-pager']],
    ['AWS_PAGER is empty', { AWS_PAGER: '' }, []],
  ])('no pager when %s', async (_name, env, args) => {
    const r = await runInTerminal(call(...args), { ...KEYS, PAGER: `sed "s/^/PAGED:/"`, ...env });
    expect(r.code).toBe(0);
    expect(r.screen).toContain('"TaskRunId"');
    expect(r.screen).not.toContain('PAGED:');
  });

  test('a missing pager is a 253 with the reference message, found before anything is sent', async () => {
    const before = emulator.requests.length;
    const r = await runInTerminal(call(), { ...KEYS, AWS_PAGER: '/nonexistent/pager' });
    expect(r.code).toBe(253);
    // aws-cli starts the import, then fails: the TaskRunId would be lost.
    expect(emulator.requests.length).toBe(before);
    const byName = await runInTerminal(call(), { ...KEYS, AWS_PAGER: 'nopager-anywhere --flag' });
    expect(byName.code).toBe(253);
    expect(byName.screen).toContain("No such file or directory: 'nopager-anywhere'");
    expect(emulator.requests.length).toBe(before);
    expect(r.screen).toContain(
      "Unable to redirect output to pager. Received the following error when opening pager:\r\n[Errno 2] No such file or directory: '/nonexistent/pager'",
    );
  });
});

describe('--color auto', () => {
  test('colours table cells on a terminal', async () => {
    const r = await runInTerminal(call('--output', 'table', '--no-cli-pager'), KEYS);
    expect(r.screen).toContain('\x1b[1m\x1b[34mTaskRunId\x1b[0m');
  });
  test('NO_COLOR turns it off', async () => {
    const r = await runInTerminal(call('--output', 'table', '--no-cli-pager'), { ...KEYS, NO_COLOR: '1' });
    expect(r.screen).toContain('|  TaskRunId|');
    expect(r.screen).not.toContain('\x1b[34m');
  });
});

describe('auto-prompt', () => {
  test('--cli-auto-prompt asks for the parameters and sends the answers', async () => {
    const argv = [process.execPath, bin, '--endpoint-url', emulator.url, '--cli-auto-prompt', '--no-cli-pager'];
    const steps: [RegExp, string][] = [
      [/TransformId \(required\)/, 'tfm-typed\r'],
      [/InputS3Path \(required\)/, 's3://b/typed.csv\r'],
      [/ReplaceAllLabels/, 'n\r'],
    ];
    const r = await runInTerminal(argv, KEYS, (screen) => {
      const step = steps[0];
      if (step?.[0].test(screen)) {
        steps.shift();
        return step[1];
      }
      return undefined;
    });
    expect(r.code).toBe(0);
    expect(steps).toEqual([]);
    const body = JSON.parse(emulator.requests.at(-1)?.body ?? '{}');
    expect(body).toEqual({ TransformId: 'tfm-typed', InputS3Path: 's3://b/typed.csv', ReplaceAllLabels: false });
    expect(r.screen).toContain('"TaskRunId": "tfr-');
  });
});

describe('Enter at a prompt', () => {
  test('keeps the values given on the command line and leaves the yes/no member unset', async () => {
    const argv = call('--cli-auto-prompt', '--no-cli-pager');
    const steps: [RegExp, string][] = [
      [/TransformId \(required\)/, '\r'],
      [/InputS3Path \(required\)/, '\r'],
      [/ReplaceAllLabels.*Enter leaves it unset/, '\r'],
    ];
    const r = await runInTerminal(argv, KEYS, answering(steps));
    expect(steps).toEqual([]);
    expect(r.code).toBe(0);
    expect(JSON.parse(emulator.requests.at(-1)?.body ?? '{}')).toEqual({
      TransformId: 'tfm-tty',
      InputS3Path: 's3://b/l.csv',
    });
  });
});

describe('Ctrl-C at a prompt', () => {
  test('at the yes/no question: 130, nothing sent', async () => {
    const before = emulator.requests.length;
    const steps: [RegExp, string][] = [
      [/TransformId \(required\)/, '\r'],
      [/InputS3Path \(required\)/, '\r'],
      [/ReplaceAllLabels/, '\x03'],
    ];
    const r = await runInTerminal(call('--cli-auto-prompt'), KEYS, answering(steps));
    expect(steps).toEqual([]);
    expect(r.code).toBe(130);
    expect(emulator.requests.length).toBe(before);
  });

  test('at the MFA code: 130 like every interrupt, nothing sent, no prompt-library message', async () => {
    const sts = await startStsStub();
    try {
      const home = mfaHome();
      const before = emulator.requests.length;
      const steps: [RegExp, string][] = [[/Enter MFA code/, '\x03']];
      const r = await runInTerminal(
        call('--profile', 'mfa', '--no-cli-pager'),
        { ...KEYS, HOME: home, AWS_ENDPOINT_URL_STS: sts.url },
        answering(steps),
      );
      expect(steps).toEqual([]);
      expect(r.code).toBe(130);
      expect(r.screen).not.toContain('force closed');
      expect(emulator.requests.length).toBe(before);
      expect(sts.calls).toEqual([]);
    } finally {
      await sts.close();
    }
  }, 40_000);

  test('at the first question: 130 and sends nothing', async () => {
    const before = emulator.requests.length;
    let pressed = false;
    const r = await runInTerminal(
      [process.execPath, bin, '--endpoint-url', emulator.url, '--cli-auto-prompt'],
      KEYS,
      (screen) => {
        if (!pressed && /TransformId \(required\)/.test(screen)) {
          pressed = true;
          return '\x03';
        }
        return undefined;
      },
    );
    expect(pressed).toBe(true);
    expect(r.code).toBe(130);
    expect(emulator.requests.length).toBe(before);
  });
});

describe('mfa_serial', () => {
  test('asks for the MFA code on the terminal and sends it with AssumeRole', async () => {
    const sts = await startStsStub();
    try {
      const home = mfaHome();
      let asked = false;
      const r = await runInTerminal(
        call('--profile', 'mfa', '--no-cli-pager'),
        { ...KEYS, HOME: home, AWS_ENDPOINT_URL_STS: sts.url },
        (screen) => {
          if (!asked && screen.includes('Enter MFA code for arn:aws:iam::123456789012:mfa/me')) {
            asked = true;
            return '123456\r';
          }
          return undefined;
        },
      );
      expect(asked).toBe(true);
      expect(r.code).toBe(0);
      expect(credentialScope(emulator.requests.at(-1)?.headers['authorization'])?.accessKey).toBe('ASIASTUBROLE');
      expect(Object.fromEntries(sts.calls[0] ?? [])).toMatchObject({
        SerialNumber: 'arn:aws:iam::123456789012:mfa/me',
        TokenCode: '123456',
      });
    } finally {
      await sts.close();
    }
  }, 40_000);
});
