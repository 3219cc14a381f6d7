import { startEmulator } from './server.js';

/** `glue-ml-emulator [--port N] [--host H] [--transform ID]… [--faults] [--deterministic-ids]`. */
export async function runEmulatorCli(argv: readonly string[], write: (line: string) => void): Promise<void> {
  let port = 0;
  let host = '127.0.0.1';
  const transforms: string[] = [];
  let faults = false;
  let deterministicIds = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--port') port = Number(argv[++i]);
    else if (arg === '--host') host = String(argv[++i]);
    else if (arg === '--transform') transforms.push(String(argv[++i]));
    else if (arg === '--faults') faults = true;
    else if (arg === '--deterministic-ids') deterministicIds = true;
    else throw new Error(`glue-ml-emulator: unknown option ${arg}`);
  }
  if (!['127.0.0.1', 'localhost', '::1'].includes(host) && !host.startsWith('127.')) {
    throw new Error('glue-ml-emulator: listens on loopback only (127.0.0.0/8, localhost, ::1)');
  }
  const emulator = await startEmulator(port, { transforms, faults, deterministicIds }, host);
  write(`glue-ml-emulator listening on ${emulator.url}\n`);
}
export { startEmulator } from './server.js';
