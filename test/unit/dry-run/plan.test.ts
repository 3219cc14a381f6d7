import { describe, expect, test } from 'vitest';
import { maskAccessKey } from '../../../src/dry-run/plan.js';

describe('maskAccessKey', () => {
  test('all but the last four characters starred, as aws configure list shows a key', () => {
    expect(maskAccessKey('AKIDEXAMPLE')).toBe('****************MPLE');
    expect(maskAccessKey('ABC')).toBe('***');
  });
});
