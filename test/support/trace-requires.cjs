// Preloaded with `node --require`: records every module the process loads into TRACE_REQUIRES_FILE,
// one path a line — ES modules as they resolve (trace-hooks.mjs), CommonJS ones (require.cache) at exit;
// and Node's built-in modules into TRACE_BUILTINS_FILE.
'use strict';
const { appendFileSync } = require('node:fs');
const { register } = require('node:module');
const { pathToFileURL } = require('node:url');

// Only when ES modules are traced: the hooks run in a thread of their own, whose start loads modules
// (streams among them) that a TRACE_BUILTINS_FILE run must not count.
if (process.env.TRACE_REQUIRES_FILE) register('./trace-hooks.mjs', pathToFileURL(__filename));
process.on('exit', () => {
  if (process.env.TRACE_REQUIRES_FILE)
    appendFileSync(process.env.TRACE_REQUIRES_FILE, Object.keys(require.cache).join('\n') + '\n');
  // Node's own modules, as `NativeModule <id>` lines.
  if (process.env.TRACE_BUILTINS_FILE)
    appendFileSync(process.env.TRACE_BUILTINS_FILE, process.moduleLoadList.join('\n') + '\n');
});
