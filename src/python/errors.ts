/** Python's ValueError: a value of the right type that Python's rule rejects (shlex, int(), json). */
export class PyValueError extends Error {
  override readonly name = 'ValueError';
}
