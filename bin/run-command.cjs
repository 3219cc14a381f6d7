'use strict';
// What both command bins do: quiet the SDK's Node-version warning, answer Ctrl-C as aws-cli does
// until the command installs its own handler, and run the command from dist/cli.cjs (through dist/boot.cjs,
// which loads it with V8's code cache).
module.exports = (command) => {
  // The SDK warns about Node 20 unless this is set before it loads; it loads only when a request is sent.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  // Ctrl-C: aws-cli writes a newline to stdout and exits 130.
  process.once('SIGINT', () => {
    process.stdout.write('\n');
    process.exit(130);
  });
  require('../dist/boot.cjs')
    .run(command)
    .then((code) => {
      // Everything is written by now (runCli waits for it). Exiting here skips the teardown a natural
      // exit does — freeing the whole heap, which after a call holds both bundles' code: ~6 ms.
      process.exit(code);
    });
};
