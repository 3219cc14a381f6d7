import type { OperationModel } from '../model/operation.js';
import type { Shape } from '../model/shapes.js';
import { PyDateTime } from '../python/repr.js';

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

/**
 * The `output` skeleton, aws-cli's sample response from the output shape: a string is its member's
 * name, a boolean true, a number 0, a timestamp the epoch as a naive datetime.
 */
export function outputSkeleton(model: OperationModel): Record<string, unknown> {
  return sample(model.output, '') as Record<string, unknown>;
}

function sample(shape: Shape, name: string): unknown {
  switch (shape.type) {
    case 'structure':
      return Object.fromEntries(Object.entries(shape.members).map(([member, s]) => [member, sample(s, member)]));
    // botocore's ArgumentGenerator: one element; a map's value has no name (a string is ''), a
    // list's is its member's shape name, which these models do not carry (no output has a list yet).
    case 'list':
      return [sample(shape.member, '')];
    case 'map':
      return { KeyName: sample(shape.value, '') };
    case 'string':
      return name;
    case 'boolean':
      return true;
    case 'timestamp':
      return new PyDateTime(new Date(0), 0);
    default:
      return 0;
  }
}
