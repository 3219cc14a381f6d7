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
});
