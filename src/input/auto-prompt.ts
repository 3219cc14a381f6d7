import type { Ask } from '../io.js';
import type { OperationModel } from '../model/operation.js';
import type { PromptMode } from '../model/settings.js';

/**
 * Auto-prompt: asks for the operation's members, required ones first with their descriptions, each
 * pre-filled with what the command line or cli-input document gave. `on-partial` asks only for
 * missing required members. An empty answer (Enter) leaves the member as it was — unset when it was
 * unset: a yes/no question has no default of its own, so Enter never turns ReplaceAllLabels on.
 * Returns the parameters to send, keys in the order they were given or asked.
 */
export async function promptForParameters(
  params: Record<string, unknown>,
  mode: PromptMode,
  model: OperationModel,
  ask: Ask,
): Promise<Record<string, unknown>> {
  if (mode === 'off') return params;
  const result = { ...params };
  const members = [...model.input].sort((a, b) => Number(b.required) - Number(a.required));
  for (const member of members) {
    const current = result[member.name];
    if (mode === 'on-partial' && (!member.required || (typeof current === 'string' && current !== ''))) continue;
    const label = `${member.name}${member.required ? ' (required)' : ''} — ${member.doc}`;
    const answer =
      member.type === 'boolean'
        ? await ask({
            kind: 'confirm',
            name: member.name,
            message: label,
            default: typeof current === 'boolean' ? current : undefined,
          })
        : await ask({
            kind: 'text',
            name: member.name,
            message: label,
            default: typeof current === 'string' ? current : undefined,
            required: member.required,
          });
    if (answer !== undefined && answer !== '') result[member.name] = answer;
  }
  return result;
}
