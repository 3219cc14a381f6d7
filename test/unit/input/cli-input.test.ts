import { describe, expect, test } from 'vitest';
import { GeneralError, ParamError } from '../../../src/errors.js';
import { parseCliInput } from '../../../src/input/cli-input.js';

describe('parseCliInput', () => {
  test('json and yaml maps', async () => {
    expect(await parseCliInput('json', '{"TransformId": "t"}')).toEqual({ TransformId: 't' });
    expect(await parseCliInput('yaml', 'TransformId: t\nReplaceAllLabels: yes\n')).toEqual({
      TransformId: 't',
      ReplaceAllLabels: 'yes',
    });
    expect(await parseCliInput('json', Buffer.from('{"a": "b"}'))).toEqual({ a: 'b' });
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
  ])('$kind $text', async ({ kind, text, message }) => {
    await expect(parseCliInput(kind, text)).rejects.toThrow(ParamError);
    await expect(parseCliInput(kind, text)).rejects.toThrow(message);
  });
});

describe('parseCliInput from bytes (fileb://) and its edges', () => {
  const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  test('JSON bytes are decoded as json.loads decodes them (UTF-16 with its BOM); YAML bytes as UTF-8', async () => {
    expect(await parseCliInput('json', utf16('{"a": "é"}'))).toEqual({ a: 'é' });
    expect(await parseCliInput('yaml', Buffer.from('a: é\n'))).toEqual({ a: 'é' });
  });
  test('bytes that do not decode are invalid JSON or YAML, named by the option (252)', async () => {
    await expect(parseCliInput('json', Buffer.from([0x7b, 0xff, 0xfe, 0xfd]))).rejects.toThrow(
      new ParamError("Error parsing parameter 'cli-input-json': Invalid JSON received."),
    );
    await expect(parseCliInput('yaml', Buffer.from([0x61, 0x3a, 0x20, 0xc3, 0x28]))).rejects.toThrow(
      new ParamError("Error parsing parameter 'cli-input-yaml': Invalid YAML received."),
    );
  });
  test("Python's own error from the YAML loader is printed alone (255), not as invalid YAML", async () => {
    await expect(parseCliInput('yaml', 'TransformId: -_\n')).rejects.toThrow(
      new GeneralError("invalid literal for int() with base 10: ''"),
    );
  });
  test('a YAML list, a JSON string and true are not maps', async () => {
    await expect(parseCliInput('yaml', '- a\n')).rejects.toThrow("received <class 'list'>");
    await expect(parseCliInput('json', '"x"')).rejects.toThrow("received <class 'str'>");
    await expect(parseCliInput('json', 'true')).rejects.toThrow("received <class 'bool'>");
  });
});

describe('a YAML alias bomb', () => {
  test('is refused at once: its expansion is counted, not built', async () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++)
      levels.push(
        `l${i}: &l${i} [${Array(10)
          .fill(i === 1 ? '*a' : `*l${i - 1}`)
          .join(',')}]`,
      );
    const bomb = `${levels.join('\n')}\nTransformId: *l11\n`;
    await expect(parseCliInput('yaml', bomb)).rejects.toThrow(
      "Error parsing parameter 'cli-input-yaml': the document expands to more than 100000 values through its aliases.",
    );
  });
  test('a document with a few aliases is read as usual', async () => {
    expect(await parseCliInput('yaml', 'p: &p s3://b/k\nInputS3Path: *p\n')).toEqual({
      p: 's3://b/k',
      InputS3Path: 's3://b/k',
    });
  });
});
