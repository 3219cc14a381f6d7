import { describe, expect, test } from 'vitest';
import { pythonCompactJson } from '../../../src/output/jmespath-python.js';
import { compileQuery } from '../../../src/output/query.js';

describe('to_string is Python json.dumps(separators=(",", ":"))', () => {
  test.each([
    [{ a: [1, 2], b: 'é' }, '{"a":[1,2],"b":"\\u00e9"}'],
    ['😀\x7f', '"\\ud83d\\ude00\\u007f"'],
    [[1e16, 2.5, null, true], '[1e+16,2.5,null,true]'],
  ])('%j', (value, want) => {
    expect(pythonCompactJson(value)).toBe(want);
    // to_string leaves a string as it is.
    expect(compileQuery('to_string(@)')(value)).toBe(typeof value === 'string' ? value : want);
  });
  test('JSON.stringify is restored after the search', () => {
    compileQuery('to_string(@)')({ a: 'é' });
    expect(JSON.stringify({ a: 'é' })).toBe('{"a":"é"}');
  });
});
