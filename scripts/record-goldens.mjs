// Re-records test/conformance/goldens.json from the reference, aws-cli v2 at /usr/bin/aws, run
// against the loopback emulator. Usage: npm run record-goldens [-- name-substring]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '../dist/emulator.cjs';
import cases from '../test/conformance/cases.mjs';
import { runCase } from '../test/conformance/harness.mjs';

const goldenPath = fileURLToPath(new URL('../test/conformance/goldens.json', import.meta.url));

if (!existsSync('/usr/bin/aws')) {
  console.log('record-goldens: /usr/bin/aws (aws-cli v2, Debian package awscli) is not installed; nothing recorded.');
  process.exit(0);
}

const filter = process.argv[2];
const goldens = existsSync(goldenPath) ? JSON.parse(readFileSync(goldenPath, 'utf8')) : {};
const selected = cases.filter((c) => !filter || c.name.includes(filter));
let next = 0;
async function worker() {
  while (next < selected.length) {
    const testCase = selected[next++];
    const { rc, stdout, stderr, requests } = await runCase(testCase, 'reference', startEmulator);
    goldens[testCase.name] = { rc, stdout, stderr, requests };
    process.stdout.write(`${String(rc).padStart(3)}  ${testCase.name}\n`);
  }
}
await Promise.all([worker(), worker(), worker()]);
const names = new Set(cases.map((c) => c.name));
const sorted = Object.fromEntries(
  Object.keys(goldens)
    .filter((n) => names.has(n))
    .sort()
    .map((n) => [n, goldens[n]]),
);
writeFileSync(goldenPath, JSON.stringify(sorted, null, 1) + '\n');
console.log(`record-goldens: ${selected.length} cases recorded, ${Object.keys(sorted).length} in ${goldenPath}`);
