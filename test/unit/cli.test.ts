import { describe, expect, test } from 'vitest';
import { promptInput } from '../../src/cli.js';

describe('promptInput', () => {
  const prompt = (async () => 'answer') as unknown as typeof import('@inquirer/input').default;

  test('the ES module: its default export', () => {
    expect(promptInput({ default: prompt } as unknown as typeof import('@inquirer/input'))).toBe(prompt);
  });

  test('the CommonJS build through require() (the bundle): the default export inside the exports', () => {
    const exports = { __esModule: true, default: prompt };
    expect(promptInput({ default: exports } as unknown as typeof import('@inquirer/input'))).toBe(prompt);
  });

  test('the real package, as this process imports it, gives a function', async () => {
    expect(typeof promptInput(await import('@inquirer/input'))).toBe('function');
  });
});
