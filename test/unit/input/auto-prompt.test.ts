import { describe, expect, test } from 'vitest';
import { promptForParameters } from '../../../src/input/auto-prompt.js';
import type { Question } from '../../../src/io.js';
import { MODEL } from '../../support/deps.js';

/** Answers every question as Enter does: the question's own default, which is undefined when none was given. */
const enter = async (question: Question) => question.default;

describe('promptForParameters', () => {
  test('Enter everywhere keeps what was given and leaves the yes/no member unset', async () => {
    const asked: Question[] = [];
    const params = await promptForParameters({ TransformId: 't', InputS3Path: 's' }, 'on', MODEL, async (q) => {
      asked.push(q);
      return enter(q);
    });
    expect(params).toEqual({ TransformId: 't', InputS3Path: 's' });
    expect(asked.map((q) => [q.name, q.kind, q.default])).toEqual([
      ['TransformId', 'text', 't'],
      ['InputS3Path', 'text', 's'],
      ['ReplaceAllLabels', 'confirm', undefined],
    ]);
  });

  test('a given boolean is the yes/no default; an answer replaces it', async () => {
    const params = await promptForParameters({ ReplaceAllLabels: false }, 'on', MODEL, async (q) =>
      q.kind === 'confirm' ? true : `${q.name}-typed`,
    );
    expect(params).toEqual({
      ReplaceAllLabels: true,
      TransformId: 'TransformId-typed',
      InputS3Path: 'InputS3Path-typed',
    });
  });

  test('on-partial asks only for missing required members', async () => {
    const asked: string[] = [];
    await promptForParameters({ TransformId: 't' }, 'on-partial', MODEL, async (q) => {
      asked.push(q.name);
      return 's';
    });
    expect(asked).toEqual(['InputS3Path']);
  });

  test('off asks nothing and returns the parameters as they are', async () => {
    const params = { TransformId: 't' };
    const asked: string[] = [];
    expect(await promptForParameters(params, 'off', MODEL, async (q) => void asked.push(q.name))).toBe(params);
    expect(asked).toEqual([]);
  });

  test('each question: the member, "(required)" when it is, its description; text questions say if required', async () => {
    const asked: Question[] = [];
    await promptForParameters({}, 'on', MODEL, async (q) => {
      asked.push(q);
      return undefined;
    });
    const byName = Object.fromEntries(asked.map((q) => [q.name, q]));
    const doc = (name: string) => MODEL.input.find((m) => m.name === name)?.doc;
    expect(byName['TransformId']).toEqual({
      kind: 'text',
      name: 'TransformId',
      message: `TransformId (required) — ${doc('TransformId')}`,
      default: undefined,
      required: true,
    });
    expect(byName['ReplaceAllLabels']).toEqual({
      kind: 'confirm',
      name: 'ReplaceAllLabels',
      message: `ReplaceAllLabels — ${doc('ReplaceAllLabels')}`,
      default: undefined,
    });
  });

  test('on-partial: a required member given empty is asked; one given is not; optional ones never', async () => {
    const asked: string[] = [];
    const params = await promptForParameters(
      { TransformId: '', InputS3Path: 's3://b/k' },
      'on-partial',
      MODEL,
      async (q) => {
        asked.push(q.name);
        return 'typed';
      },
    );
    expect(asked).toEqual(['TransformId']);
    expect(params).toEqual({ TransformId: 'typed', InputS3Path: 's3://b/k' });
  });

  test('an empty answer keeps the value; false and a typed text are answers', async () => {
    const params = await promptForParameters({ TransformId: 'kept', ReplaceAllLabels: true }, 'on', MODEL, async (q) =>
      q.kind === 'confirm' ? false : q.name === 'TransformId' ? '' : 'new',
    );
    expect(params).toEqual({ TransformId: 'kept', ReplaceAllLabels: false, InputS3Path: 'new' });
  });
});
