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
// Static mutants are those whose code runs when a module is loaded (a table, a regular expression, a
// function assigned at the top level). Stryker activates a mutant while the tests run, after the
// modules were loaded: with ignoreStatic it leaves out those only module loading reaches, but one that
// a test also reaches ("hybrid") is run anyway and cannot take effect, so it survives whatever the tests
// assert. The last column leaves every static mutant out, the way ignoreStatic means to.
const rows = [];
const all = { detected: 0, valid: 0, staticSurvived: 0, staticDetected: 0 };
for (const name of Object.keys(groups)) {
  const report = `reports/mutation/${name === '(top)' ? 'top' : name}.json`;
  if (!existsSync(report)) continue;
  const { files } = JSON.parse(readFileSync(report, 'utf8'));
  const count = { detected: 0, valid: 0, survived: 0, noCoverage: 0, staticSurvived: 0, staticDetected: 0 };
  for (const file of Object.values(files)) {
    for (const m of file.mutants) {
      const detected = ['Killed', 'Timeout'].includes(m.status);
      if (detected) count.detected++;
      if (m.status === 'Survived') count.survived++;
      if (m.status === 'NoCoverage') count.noCoverage++;
      if (['Killed', 'Timeout', 'Survived', 'NoCoverage'].includes(m.status)) count.valid++;
      if (m.static && m.status === 'Survived') count.staticSurvived++;
      if (m.static && detected) count.staticDetected++;
    }
  }
  for (const key of Object.keys(all)) all[key] += count[key];
  rows.push([name, count]);
}
const score = (c) => ((100 * c.detected) / c.valid).toFixed(1);
const runtimeScore = (c) =>
  ((100 * (c.detected - c.staticDetected)) / (c.valid - c.staticSurvived - c.staticDetected)).toFixed(1);
console.log('\n| folder | mutants | killed | survived (static) | no coverage | score | without static |');
console.log('|---|---|---|---|---|---|---|');
for (const [name, c] of rows)
  console.log(
    `| ${name} | ${c.valid} | ${c.detected} | ${c.survived} (${c.staticSurvived}) | ${c.noCoverage} | ${score(c)}% | ${runtimeScore(c)}% |`,
  );
console.log(
  `| **all** | ${all.valid} | ${all.detected} | (${all.staticSurvived}) | | **${score(all)}%** | **${runtimeScore(all)}%** |`,
);
