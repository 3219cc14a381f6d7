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

describe('versionLine in a build', () => {
  test('the versions the build bakes in (it defines __PACKAGE_VERSION__ and __SDK_VERSION__)', () => {
    const globals = globalThis as Record<string, unknown>;
    globals['__PACKAGE_VERSION__'] = '1.2.3';
    globals['__SDK_VERSION__'] = '3.999.0';
    try {
      expect(versionLine('get-ml-task-run', 'v22.1.0', 'linux', 'x64')).toBe(
        'get-ml-task-run/1.2.3 aws-sdk-js/3.999.0 Node/22.1.0 linux/x64\n',
      );
    } finally {
      delete globals['__PACKAGE_VERSION__'];
      delete globals['__SDK_VERSION__'];
    }
  });
});
