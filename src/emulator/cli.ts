import { readFileSync } from 'node:fs';
import { startEmulator } from './server.js';

/** `glue-ml-emulator [--port N] [--host H] [--transform ID]… [--faults] [--deterministic-ids] [--tls KEY CERT]`. */
export async function runEmulatorCli(argv: readonly string[], write: (line: string) => void): Promise<void> {
  let port = 0;
  let host = '127.0.0.1';
  const transforms: string[] = [];
  let faults = false;
  let deterministicIds = false;
  let tls: { key: string; cert: string } | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--port') port = Number(argv[++i]);
    else if (arg === '--host') host = String(argv[++i]);
    else if (arg === '--transform') transforms.push(String(argv[++i]));
    else if (arg === '--faults') faults = true;
    else if (arg === '--deterministic-ids') deterministicIds = true;
    else if (arg === '--tls')
      tls = { key: readFileSync(String(argv[++i]), 'utf8'), cert: readFileSync(String(argv[++i]), 'utf8') };
    else throw new Error(`glue-ml-emulator: unknown option ${arg}`);
  }
  if (!['127.0.0.1', 'localhost', '::1'].includes(host) && !host.startsWith('127.')) {
    throw new Error('glue-ml-emulator: listens on loopback only (127.0.0.0/8, localhost, ::1)');
  }
  const emulator = await startEmulator(port, { transforms, faults, deterministicIds, ...(tls ? { tls } : {}) }, host);
  write(`glue-ml-emulator listening on ${emulator.url}\n`);
}
export { startEmulator } from './server.js';
