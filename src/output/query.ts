import { GeneralError, ParamError } from '../errors.js';
import { ArityError, UnknownFunctionError } from './jmespath/errors.js';
import { compile, JmesPathError } from './jmespath/index.js';

/** A compiled --query: call it on the response. */
export type Query = (data: unknown) => unknown;

/**
 * Compiles a --query expression before any request is sent, with jmespath.py's grammar. A bad
 * expression is aws-cli's 252 `Bad value for --query EXPR: …`. An unknown function or a wrong
 * argument count, which aws-cli finds only after the task run has started (255), is reported here
 * with the same words and code, and nothing is sent.
 */
export function compileQuery(expression: string): Query {
  let compiled: ReturnType<typeof compile>;
  try {
    compiled = compile(expression);
  } catch (error) {
    if (!(error instanceof JmesPathError)) throw error;
    if (error instanceof UnknownFunctionError || error instanceof ArityError)
      throw new GeneralError(error.message, { cause: error });
    throw new ParamError(`Bad value for --query ${expression}: ${error.message}`, { cause: error });
  }
  return (data) => {
    try {
      return compiled.search(data);
    } catch (error) {
      if (error instanceof JmesPathError) throw new GeneralError(error.message, { cause: error });
      throw error;
    }
  };
}
