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

describe('a YAML alias bomb', () => {
  test('is refused at once: its expansion is counted, not built', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++)
      levels.push(
        `l${i}: &l${i} [${Array(10)
          .fill(i === 1 ? '*a' : `*l${i - 1}`)
          .join(',')}]`,
      );
    const bomb = `${levels.join('\n')}\nTransformId: *l11\n`;
    expect(() => parseCliInput('yaml', bomb)).toThrow(
      "Error parsing parameter 'cli-input-yaml': the document expands to more than 100000 values through its aliases.",
    );
  });
  test('a document with a few aliases is read as usual', () => {
    expect(parseCliInput('yaml', 'p: &p s3://b/k\nInputS3Path: *p\n')).toEqual({
      p: 's3://b/k',
      InputS3Path: 's3://b/k',
    });
  });
});
