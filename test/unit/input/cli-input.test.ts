import { describe, expect, test } from 'vitest';
import { ParamError } from '../../../src/errors.js';
import { parseCliInput } from '../../../src/input/cli-input.js';

describe('parseCliInput', () => {
  test('json and yaml maps', () => {
    expect(parseCliInput('json', '{"TransformId": "t"}')).toEqual({ TransformId: 't' });
    expect(parseCliInput('yaml', 'TransformId: t\nReplaceAllLabels: yes\n')).toEqual({
      TransformId: 't',
      ReplaceAllLabels: 'yes',
    });
    expect(parseCliInput('json', Buffer.from('{"a": "b"}'))).toEqual({ a: 'b' });
  });
  test.each([
    { kind: 'json' as const, text: '{', message: "Error parsing parameter 'cli-input-json': Invalid JSON received." },
    {
      kind: 'yaml' as const,
      text: 'a: 1\na: 2\n',
      message: "Error parsing parameter 'cli-input-yaml': Invalid YAML received.",
    },
    {
      kind: 'json' as const,
      text: '[1]',
      message: "Error parsing parameter '--cli-input-json': Invalid type: expecting map, received <class 'list'>",
    },
    { kind: 'json' as const, text: '1.5', message: "received <class 'float'>" },
    {
      kind: 'yaml' as const,
      text: '',
      message: "Error parsing parameter '--cli-input-yaml': Invalid type: expecting map, received <class 'NoneType'>",
    },
  ])('$kind $text', ({ kind, text, message }) => {
    expect(() => parseCliInput(kind, text)).toThrow(ParamError);
    expect(() => parseCliInput(kind, text)).toThrow(message);
  });
});
