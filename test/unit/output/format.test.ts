import { describe, expect, test } from 'vitest';
import type { OutputFormat } from '../../../src/model/options.js';
import { renderOutput } from '../../../src/output/format.js';
import { directBytes } from '../../../src/output/writer.js';
import { jsonLoads } from '../../../src/python/json.js';
import { mismatches, readCases } from '../python/fixtures/read.js';

const options = { color: false, terminalWidth: 80, title: 'StartImportLabelsTaskRun' } as const;

describe('renderOutput', () => {
  test('each format renders once; an empty {} renders nothing', () => {
    expect(renderOutput({ a: 1 }, { ...options, format: 'json' }).writes).toEqual(['{\n    "a": 1\n}\n']);
    expect(renderOutput({ a: 1 }, { ...options, format: 'text' }).writes).toEqual(['1\n']);
    expect(renderOutput({ a: 1 }, { ...options, format: 'yaml-stream' }).writes).toEqual(['- a: 1\n']);
    expect(renderOutput({}, { ...options, format: 'json' }).writes).toEqual([]);
  });
  test('only coloured tables autoreset', () => {
    expect(renderOutput({ a: 1 }, { ...options, format: 'table' }).autoreset).toBe(false);
    expect(renderOutput({ a: 1 }, { ...options, format: 'table', color: true }).autoreset).toBe(true);
  });
});

// Differential: aws-cli 2.9.19's own formatters (awscli.formatter, color off, 80 columns) on seeded
// documents — nested dicts and lists, lists of similar dicts (table columns), strings YAML must quote,
// wide and control characters, floats, big ints — given as --query's result
// (test/unit/python/fixtures/reference.py): the bytes printed, or the message of the error raised (the
// table formatter's crashes on mixed lists included).
describe('every output format agrees with aws-cli on generated documents (python/fixtures/formatters.jsonl)', () => {
  type Printed = string | { error: string; message: string };
  const cases = readCases<{ doc: string } & Record<OutputFormat, Printed>>('formatters.jsonl');
  test.each(['json', 'text', 'table', 'yaml', 'yaml-stream'] as const)('%s', (format) => {
    expect(cases.length).toBeGreaterThan(350);
    const wrong = mismatches(cases, (c) => {
      let got: unknown;
      try {
        const rendered = renderOutput(jsonLoads(c.doc), {
          format,
          color: false,
          terminalWidth: 80,
          title: 'StartImportLabelsTaskRun',
        });
        got = directBytes(rendered, false);
      } catch (error) {
        got = { message: (error as Error).message };
      }
      const want = c[format];
      return { got, want: typeof want === 'string' ? want : { message: want.message } };
    });
    expect(wrong).toEqual([]);
  });
});
