import { describe, expect, test } from 'vitest';
import {
  CliError,
  ConfigError,
  ExitCode,
  GeneralError,
  InterruptedError,
  ParamError,
  ServiceError,
  TaskRunEnded,
  UsageError,
} from '../../src/errors.js';

// What each kind of error ends with and what the structured error formats print as its Code.
describe('the error classes', () => {
  test.each([
    ['UsageError', new UsageError('m'), 252, undefined],
    ['ParamError', new ParamError('m'), 252, 'ParamValidation'],
    ['ConfigError', new ConfigError('m'), 253, 'Configuration'],
    ['ConfigError with its own code', new ConfigError('m', { code: 'NoRegion' }), 253, 'NoRegion'],
    ['ServiceError', new ServiceError('ThrottlingException', 'm'), 254, 'ThrottlingException'],
    ['GeneralError', new GeneralError('m'), 255, 'General'],
    ['GeneralError with a kind', new GeneralError('m', { code: 'ReadTimeoutError' }), 255, 'ReadTimeoutError'],
    ['InterruptedError', new InterruptedError(), 130, undefined],
  ])('%s: exit code %i, Code %s', (name, error, exitCode, code) => {
    expect([error.exitCode, error.code, error.name]).toEqual([exitCode, code, name.split(' ')[0]]);
    expect(error).toBeInstanceOf(CliError);
  });

  test('a service error keeps the service’s own message apart from its line; fields and hint default empty', () => {
    const plain = new ServiceError('X', 'An error occurred (X): m');
    expect(plain.serviceMessage).toBe('An error occurred (X): m');
    const own = new ServiceError('X', 'line', { serviceMessage: 'm', fields: { A: 1 } });
    expect([own.serviceMessage, own.fields]).toEqual(['m', { A: 1 }]);
    expect([new GeneralError('m').fields, new GeneralError('m').hint]).toEqual([{}, undefined]);
    expect(new CliError(255, 'm', { hint: 'Hint: h' }).hint).toBe('Hint: h');
  });

  test('a usage error says which form its last line takes; the cause is kept', () => {
    expect(new UsageError('m').kind).toBe('error');
    expect(new UsageError('m', 'unknown-options').kind).toBe('unknown-options');
    const cause = new Error('inner');
    expect(new GeneralError('m', { cause }).cause).toBe(cause);
    expect(new InterruptedError({ cause }).message).toBe('');
  });
});

describe('error names', () => {
  test('each error names itself (the bundles do not keep class names)', () => {
    const named: [Error, string][] = [
      [new CliError(ExitCode.general, 'x'), 'CliError'],
      [new UsageError('x'), 'UsageError'],
      [new ParamError('x'), 'ParamError'],
      [new ConfigError('x'), 'ConfigError'],
      [new ServiceError('Code', 'x'), 'ServiceError'],
      [new GeneralError('x'), 'GeneralError'],
      [new InterruptedError(), 'InterruptedError'],
      [new TaskRunEnded(ExitCode.general, 'x'), 'TaskRunEnded'],
    ];
    for (const [error, name] of named) expect(error.name).toBe(name);
  });
});
