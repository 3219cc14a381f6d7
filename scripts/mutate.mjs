// `npm run mutate [-- FOLDER…]`: Stryker over src/, one folder at a time (all of src/ instrumented at
// once crashes the test runner's process in its initial run), each with its own incremental file
// (reports/incremental/), so a rerun tests only the mutants of what changed. Then the score per
// folder, from the JSON reports (reports/mutation/<folder>.json; HTML beside them, not committed).
// Left out (stryker.config.json): the emulator (a test fixture, its own program) and the four process
// entries (src/cli.ts, src/boot.ts, src/action/cli.ts, src/completion/cli.ts), which only the
// spawned end-to-end tests reach, and those run the built dist/, not a mutant.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const base = JSON.parse(readFileSync('stryker.config.json', 'utf8'));
const EXCLUDED = new Set(['emulator', 'cli.ts', 'boot.ts']);
const top = readdirSync('src', { withFileTypes: true });
const groups = Object.fromEntries([
  ...top.filter((e) => e.isDirectory() && !EXCLUDED.has(e.name)).map((e) => [e.name, [`src/${e.name}/**/*.ts`]]),
  [
    '(top)',
    top.filter((e) => e.isFile() && e.name.endsWith('.ts') && !EXCLUDED.has(e.name)).map((e) => `src/${e.name}`),
  ],
]);
const wanted = process.argv.slice(2);
mkdirSync('reports/incremental', { recursive: true });
for (const [name, globs] of Object.entries(groups)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const file = name === '(top)' ? 'top' : name;
  console.log(`\n== ${name}`);
  // Each folder's run: the project's config with its own mutate globs, incremental file and reports.
  const config = `reports/stryker-${file}.json`;
  writeFileSync(
    config,
    JSON.stringify({
      ...base,
      mutate: [...globs, ...base.mutate.filter((glob) => glob.startsWith('!'))],
      incrementalFile: `reports/incremental/${file}.json`,
      jsonReporter: { fileName: `reports/mutation/${file}.json` },
      htmlReporter: { fileName: `reports/mutation/${file}/index.html` },
      reporters: ['json', 'html', 'progress'],
    }),
  );
  execFileSync('npx', ['stryker', 'run', config], { stdio: 'inherit' });
}

// The score per folder: killed + timeout over all valid mutants (no coverage counts as survived).
const rows = [];
let all = { detected: 0, valid: 0 };
for (const name of Object.keys(groups)) {
  const report = `reports/mutation/${name === '(top)' ? 'top' : name}.json`;
  if (!existsSync(report)) continue;
  const { files } = JSON.parse(readFileSync(report, 'utf8'));
  const count = { detected: 0, valid: 0, survived: 0, noCoverage: 0 };
  for (const file of Object.values(files)) {
    for (const m of file.mutants) {
      if (['Killed', 'Timeout'].includes(m.status)) count.detected++;
      if (m.status === 'Survived') count.survived++;
      if (m.status === 'NoCoverage') count.noCoverage++;
      if (['Killed', 'Timeout', 'Survived', 'NoCoverage'].includes(m.status)) count.valid++;
    }
  }
  all = { detected: all.detected + count.detected, valid: all.valid + count.valid };
  rows.push([
    name,
    count.valid,
    count.detected,
    count.survived,
    count.noCoverage,
    (100 * count.detected) / count.valid,
  ]);
}
console.log('\n| folder | mutants | killed | survived | no coverage | score |');
console.log('|---|---|---|---|---|---|');
for (const [name, valid, detected, survived, noCoverage, score] of rows)
  console.log(`| ${name} | ${valid} | ${detected} | ${survived} | ${noCoverage} | ${score.toFixed(1)}% |`);
console.log(`| **all** | ${all.valid} | ${all.detected} | | | **${((100 * all.detected) / all.valid).toFixed(1)}%** |`);
