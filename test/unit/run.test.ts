import { describe, expect, test } from 'vitest';
import { mergeParams } from '../../src/run.js';

describe('mergeParams', () => {
  test('flags win; document-only keys follow in document order', () => {
    const merged = mergeParams(
      { TransformId: 'cli', ReplaceAllLabels: false },
      { Bogus: 1, TransformId: 'doc', InputS3Path: 'p' },
    );
    expect(merged).toEqual({ TransformId: 'cli', ReplaceAllLabels: false, Bogus: 1, InputS3Path: 'p' });
    expect(Object.keys(merged)).toEqual(['TransformId', 'ReplaceAllLabels', 'Bogus', 'InputS3Path']);
  });
});

describe('mergeParams keeps every document key', () => {
  test('toString, constructor and __proto__ are kept as keys (and then reported as unknown parameters)', () => {
    const merged = mergeParams({ TransformId: 't' }, JSON.parse('{"toString": 1, "constructor": 2, "__proto__": 3}'));
    expect(Object.keys(merged)).toEqual(['TransformId', 'toString', 'constructor', '__proto__']);
  });
});
