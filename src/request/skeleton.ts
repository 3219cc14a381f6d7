import { INPUT_MEMBERS, OUTPUT_MEMBERS } from './model.js';

/**
 * The `input` skeleton. Unlike aws-cli (which writes `true`), ReplaceAllLabels is `false`: a
 * filled-in skeleton reused as it is must not wipe every existing label by accident.
 */
export function inputSkeleton(): string {
  const body = INPUT_MEMBERS.map((m) => `    "${m.name}": ${m.type === 'string' ? '""' : 'false'}`).join(',\n');
  return `{\n${body}\n}\n`;
}

/**
 * The `yaml-input` skeleton: each member with its documentation as a comment. It is written by hand
 * rather than through a YAML library because the layout is fixed and must match aws-cli's ruamel
 * output byte for byte (two spaces before the first comment, one before the others).
 */
export function yamlInputSkeleton(): string {
  return INPUT_MEMBERS.map((m, index) => {
    const value = m.type === 'string' ? "''" : 'false';
    const gap = index === 0 ? '  ' : ' ';
    return `${m.name}: ${value}${gap}# ${m.required ? '[REQUIRED] ' : ''}${m.doc}\n`;
  }).join('');
}

/** The `output` skeleton: a sample response whose values are the member names. */
export function outputSkeleton(): Record<string, string> {
  return Object.fromEntries(OUTPUT_MEMBERS.map((name) => [name, name]));
}
