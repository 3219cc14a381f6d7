import { describe, expect, test } from 'vitest';
import { directBytes, renderOutput } from '../../../src/output/format.js';

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

describe('directBytes', () => {
  test('plain writes are joined as they are', () => {
    expect(directBytes({ writes: ['a', 'b'], autoreset: false }, true)).toBe('ab');
  });
  test('autoreset: a reset after each write, and one more on a terminal', () => {
    expect(directBytes({ writes: ['a'], autoreset: true }, false)).toBe('a\x1b[0m');
    expect(directBytes({ writes: ['a'], autoreset: true }, true)).toBe('a\x1b[0m\x1b[0m');
  });
});
