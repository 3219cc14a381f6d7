import type { OperationModel } from '../model/operation.js';

/**
 * The `input` skeleton. Unlike aws-cli (which writes `true`), booleans are `false`: a filled-in
 * skeleton reused as it is must not wipe every existing label by accident (ReplaceAllLabels).
 */
export function inputSkeleton(model: OperationModel): string {
  const body = model.input.map((m) => `    "${m.name}": ${m.type === 'string' ? '""' : 'false'}`).join(',\n');
  return `{\n${body}\n}\n`;
}

/**
 * The `yaml-input` skeleton: each member with its documentation as a comment. It is written by hand
 * rather than through a YAML library because the layout is fixed and must match aws-cli's ruamel
 * output byte for byte (two spaces before the first comment, one before the others).
 */
export function yamlInputSkeleton(model: OperationModel): string {
  return model.input
    .map((m, index) => {
      const value = m.type === 'string' ? "''" : 'false';
      const gap = index === 0 ? '  ' : ' ';
      return `${m.name}: ${value}${gap}# ${m.required ? '[REQUIRED] ' : ''}${m.doc}\n`;
    })
    .join('');
}

/** The `output` skeleton: a sample response. */
export function outputSkeleton(model: OperationModel): Record<string, unknown> {
  return { ...model.outputSkeleton };
}
