import { ParamError } from '../errors.js';
import type { PromptMode } from '../model/settings.js';
import { resolveProfile } from './resolve.js';
import { profileSettings, type SharedFiles } from './shared-files.js';

interface PromptIo {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdinIsTTY: boolean;
}

/**
 * Auto-prompt mode (`on`: prompt for every parameter; `on-partial`: only for missing required ones):
 * --cli-auto-prompt / --no-cli-auto-prompt > AWS_CLI_AUTO_PROMPT > cli_auto_prompt
 * (lower-cased; only `on` and `on-partial` count). Prompting needs a terminal: without one this is a
 * clear usage error, where aws-cli prints a prompt_toolkit warning and fails with an empty message.
 */
export async function resolveAutoPrompt(
  flag: boolean | undefined,
  profileFlag: string | undefined,
  io: PromptIo,
  files: () => Promise<SharedFiles>,
): Promise<PromptMode> {
  let mode: PromptMode = 'off';
  if (flag !== undefined) mode = flag ? 'on' : 'off';
  else {
    // The shared files are read only when the environment does not decide.
    const fromEnv = io.env['AWS_CLI_AUTO_PROMPT'];
    const profile = resolveProfile(profileFlag, io.env).name;
    const value = (fromEnv ?? profileSettings(await files(), profile)['cli_auto_prompt'])?.toLowerCase();
    if (value === 'on' || value === 'on-partial') mode = value;
  }
  if (mode === 'on' && !io.stdinIsTTY) {
    throw new ParamError(
      'Auto-prompt needs an interactive terminal: stdin is not a TTY. Give the parameters as options, or use --no-cli-auto-prompt.',
    );
  }
  // on-partial without a terminal: run as given; a missing parameter is then the usual usage error.
  return mode === 'on-partial' && !io.stdinIsTTY ? 'off' : mode;
}
