import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { COMPLETER, completionScript, profileNames } from '../../../src/completion/scripts.js';
import { operationOptions } from '../../../src/model/operation.js';
import { START_IMPORT_LABELS_TASK_RUN } from '../../../src/model/operations/start-import-labels-task-run.js';
import { OPERATIONS } from '../../../src/model/operations.js';
import { GLOBAL_OPTIONS } from '../../../src/model/options.js';
import { parseIni } from '../../../src/python/configparser.js';
import { buildSharedFiles } from '../../../src/settings/shared-files.js';
import { root } from '../../support/run-bin.js';

const models = Object.values(OPERATIONS);
const scratch = mkdtempSync(join(tmpdir(), 'gil-completion-'));
const script = join(scratch, 'completion.bash');
writeFileSync(script, completionScript('bash', models));
// The scripts ask the package's bin for the profiles: a PATH with it, as npm links it.
const binDir = join(scratch, 'bin');
mkdirSync(binDir);
symlinkSync(join(root, 'bin/glue-import-labels-completion.cjs'), join(binDir, COMPLETER));
chmodSync(join(root, 'bin/glue-import-labels-completion.cjs'), 0o755);

/** Runs the completion function as bash would for the words typed so far; returns COMPREPLY. */
function complete(words: string[], env: Record<string, string> = {}): string[] {
  const program = [
    `source ${script}`,
    `COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')})`,
    `COMP_CWORD=${words.length - 1}`,
    '_glue_import_labels',
    'printf "%s\\n" "${COMPREPLY[@]}"',
  ].join('\n');
  const out = execFileSync('bash', ['-c', program], {
    cwd: scratch,
    encoding: 'utf8',
    env: { PATH: `${binDir}:${process.env['PATH'] ?? ''}`, HOME: scratch, ...env },
  });
  return out.split('\n').filter(Boolean);
}

describe('bash completion, run in bash', () => {
  test('flags: every option of the command from the option tables, by prefix', () => {
    const all = complete(['start-import-labels-task-run', '--']);
    const expected = [...operationOptions(START_IMPORT_LABELS_TASK_RUN), ...GLOBAL_OPTIONS].map((o) => o.flag);
    expect(new Set(all)).toEqual(new Set([...expected]));
    expect(complete(['start-import-labels-task-run', '--tra'])).toEqual(['--transform-id']);
    expect(complete(['get-ml-task-run', '--task'])).toEqual(['--task-run-id']);
    // get-ml-task-run has no labels options.
    expect(complete(['get-ml-task-run', '--check'])).toEqual([]);
  });

  test('choices after a flag that has them', () => {
    expect(complete(['start-import-labels-task-run', '--output', 'y'])).toEqual(['yaml', 'yaml-stream']);
    expect(complete(['get-ml-task-run', '--cli-error-format', 'e'])).toEqual(['enhanced']);
    expect(complete(['start-import-labels-task-run', '--generate-cli-skeleton', ''])).toEqual([
      'input',
      'output',
      'yaml-input',
    ]);
    // A free value: nothing offered.
    expect(complete(['start-import-labels-task-run', '--transform-id', 't'])).toEqual([]);
  });

  test('the profiles of the config and credentials files, read when completing', () => {
    const config = join(scratch, 'config');
    const credentials = join(scratch, 'credentials');
    writeFileSync(config, '[default]\nregion = us-east-1\n[profile ci-deploy]\nregion = eu-west-1\n[services x]\n');
    writeFileSync(credentials, '[ci-build]\naws_access_key_id = AKIDEXAMPLE\n');
    const env = { AWS_CONFIG_FILE: config, AWS_SHARED_CREDENTIALS_FILE: credentials };
    expect(complete(['start-import-labels-task-run', '--profile', 'ci'], env)).toEqual(['ci-build', 'ci-deploy']);
    expect(complete(['get-ml-task-run', '--profile', ''], env)).toEqual(['ci-build', 'ci-deploy', 'default']);
  });

  test('file names for --ca-bundle', () => {
    writeFileSync(join(scratch, 'corp-ca.pem'), '');
    expect(complete(['start-import-labels-task-run', '--ca-bundle', 'corp'])).toEqual(['corp-ca.pem']);
  });
});

describe('zsh and fish scripts', () => {
  test('zsh: one _arguments spec per option, choices as values, the profiles function', () => {
    const text = completionScript('zsh', models);
    expect(text.startsWith('#compdef start-import-labels-task-run get-ml-task-run\n')).toBe(true);
    expect(text).toContain("'--output[Output format]:value:(json text table yaml yaml-stream off)'");
    expect(text).toContain(
      "'--profile[Use this profile from the shared config and credentials files]:profile:_glue_import_labels_profiles'",
    );
    expect(text).toContain(
      "'--generate-cli-skeleton[Print a parameter skeleton and send nothing]::value:(input output yaml-input)'",
    );
    expect(text).toContain(`"$(${COMPLETER} --profiles 2>/dev/null)"`);
  });

  test('fish: a complete line per option and command', () => {
    const text = completionScript('fish', models);
    expect(text).toContain("complete -c get-ml-task-run -l output -x -a 'json text table yaml yaml-stream off'");
    expect(text).toContain(
      `complete -c start-import-labels-task-run -l profile -x -a '(${COMPLETER} --profiles 2>/dev/null)'`,
    );
    expect(text).toContain('complete -c start-import-labels-task-run -l ca-bundle -r -F');
    const lines = text.split('\n').filter((l) => l.startsWith('complete -c start-import-labels-task-run -l'));
    expect(lines).toHaveLength(
      new Set([...operationOptions(START_IMPORT_LABELS_TASK_RUN), ...GLOBAL_OPTIONS].map((o) => o.flag)).size,
    );
  });
});

// The scripts as a shell reads them, as reviewed text (zsh and fish are not installed on every machine
// that runs the suite; their scripts are checked here byte for byte, bash's also by running it above).
describe('the completion scripts as installed', () => {
  test.each(['bash', 'zsh', 'fish'] as const)('%s', async (shell) => {
    await expect(completionScript(shell, models)).toMatchFileSnapshot(`__snapshots__/completion.${shell}`);
  });
});

describe('profileNames', () => {
  test("every profile of both files, botocore's names, sorted by code point", () => {
    const files = buildSharedFiles(
      parseIni('[profile zeta]\n[default]\n[profile "with space"]\n[services s]\n[Alpha]\n'),
      parseIni('[beta]\n[zeta]\n'),
      { configPath: '/c', credentialsPath: '/k', env: {}, homedir: '/h' },
    );
    expect(profileNames(files)).toEqual(['beta', 'default', 'with space', 'zeta']);
  });
});
