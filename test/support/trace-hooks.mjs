// Module resolve hook for trace-requires.cjs: appends each resolved ES module's path.
import { appendFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (process.env.TRACE_REQUIRES_FILE && result.url.startsWith('file:')) {
    appendFileSync(process.env.TRACE_REQUIRES_FILE, `${fileURLToPath(result.url)}\n`);
  }
  return result;
}
