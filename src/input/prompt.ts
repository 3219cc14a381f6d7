import { INPUT_MEMBERS } from '../request/model.js';
import type { PromptMode } from '../settings/prompt.js';

/** One question for the terminal: a text value, or a yes/no one. */
export type Question =
  | { readonly kind: 'text'; readonly name: string; readonly message: string; readonly default: string | undefined; readonly required: boolean }
  | { readonly kind: 'confirm'; readonly name: string; readonly message: string; readonly default: boolean | undefined };

/** Asks one question on the terminal; undefined leaves an optional member out. */
export type Ask = (question: Question) => Promise<string | boolean | undefined>;

/**
 * Auto-prompt: asks for the parameters, required ones first with their descriptions, each pre-filled
 * with what the command line or cli-input document gave. `on-partial` asks only for missing required
 * members. Returns the parameters to send, keys in the order they were given or asked.
 */
export async function promptForParameters(params: Record<string, unknown>, mode: PromptMode, ask: Ask): Promise<Record<string, unknown>> {
  if (mode === 'off') return params;
  const result = { ...params };
  const members = [...INPUT_MEMBERS].sort((a, b) => Number(b.required) - Number(a.required));
  for (const member of members) {
    const current = result[member.name];
    if (mode === 'on-partial' && (!member.required || (typeof current === 'string' && current !== ''))) continue;
    const label = `${member.name}${member.required ? ' (required)' : ''} — ${member.doc}`;
    const answer =
      member.type === 'boolean'
        ? await ask({ kind: 'confirm', name: member.name, message: label, default: typeof current === 'boolean' ? current : undefined })
        : await ask({ kind: 'text', name: member.name, message: label, default: typeof current === 'string' ? current : undefined, required: member.required });
    if (answer !== undefined && answer !== '') result[member.name] = answer;
  }
  return result;
}
