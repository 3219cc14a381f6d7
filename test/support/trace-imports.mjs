// Loaded with `node --import`: records every ES module URL the process resolves into TRACE_IMPORTS_FILE.
import { register } from 'node:module';

register('./trace-hooks.mjs', import.meta.url);
