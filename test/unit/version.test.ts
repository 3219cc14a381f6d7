import { describe, expect, test } from 'vitest';
import { versionLine } from '../../src/version.js';

describe('versionLine', () => {
  test('the command and its version, the SDK, Node without its v, platform/arch (dev when not built)', () => {
    expect(versionLine('start-import-labels-task-run', 'v20.20.2', 'linux', 'x64')).toBe(
      'start-import-labels-task-run/dev aws-sdk-js/dev Node/20.20.2 linux/x64\n',
    );
    expect(versionLine('get-ml-task-run', 'v24.1.0', 'darwin', 'arm64')).toBe(
      'get-ml-task-run/dev aws-sdk-js/dev Node/24.1.0 darwin/arm64\n',
    );
  });
});
