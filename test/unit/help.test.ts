import { describe, expect, test } from 'vitest';
import { helpDocument, helpText, renderHelp, renderMan, wrap } from '../../src/help.js';
import { GET_ML_TASK_RUN } from '../../src/model/operations/get-ml-task-run.js';
import { START_IMPORT_LABELS_TASK_RUN } from '../../src/model/operations/start-import-labels-task-run.js';
import { OPERATIONS } from '../../src/model/operations.js';
import { writePaged } from '../../src/output/writer.js';
import { fakeIo } from '../support/fake-io.js';

const models = Object.values(OPERATIONS);

describe('help', () => {
  test.each(models.map((m) => [m.command, m]))(
    '%s: every section, every flag, fits 80 and 60 columns (at 40 only an unbreakable word overruns)',
    async (_c, model) => {
      for (const width of [80, 60, 40]) {
        const text = await helpText(model, width);
        // Only a word longer than the width itself (an S3 path, a variable name) may overrun it.
        expect(text.split('\n').filter((line) => line.length > width && /\S\s+\S/.test(line))).toEqual([]);
        if (width >= 60) expect(text.split('\n').filter((line) => line.length > width)).toEqual([]);
        for (const section of [
          'NAME',
          'DESCRIPTION',
          'SYNOPSIS',
          'OPTIONS',
          'OUTPUT',
          'EXAMPLES',
          'ENVIRONMENT',
          'EXIT CODES',
        ])
          expect(`\n${text}`).toContain(`\n${section}\n`);
        for (const member of model.input) expect(text).toContain(`    ${member.flag}`);
        // Words are never cut: every word of the summary is there whole.
        for (const word of model.summary.split(' ')) expect(text).toContain(word);
      }
    },
  );

  test('a wider terminal gets longer lines', async () => {
    const wide = await helpText(START_IMPORT_LABELS_TASK_RUN, 160);
    expect(Math.max(...wide.split('\n').map((l) => l.length))).toBeGreaterThan(80);
  });

  test('wrap: words up to the width, a longer word alone on its line', () => {
    expect(wrap('aa bb cc dd', 5)).toEqual(['aa bb', 'cc dd']);
    expect(wrap('a verylongword b', 6)).toEqual(['a', 'verylongword', 'b']);
  });

  test('wrap: runs of spaces, tabs and line breaks are one space; nothing at either end; no words, no lines', () => {
    expect(wrap(' \taa  \n bb \t', 10)).toEqual(['aa bb']);
    expect(wrap('aa bb ', 5)).toEqual(['aa bb']);
    expect(wrap('', 10)).toEqual([]);
    expect(wrap(' \n ', 10)).toEqual([]);
  });

  test("the man page: a line that starts with . or ' is escaped, so roff does not take it for a request", () => {
    const page = renderMan([{ title: 'T', blocks: [{ kind: 'text', text: ".x\n'y\nz" }] }], 'c', '1');
    expect(page.split('\n').slice(-4)).toEqual(['\\&.x', "\\&'y", 'z', '']);
  });

  test('the man page: roff sections, options as tagged paragraphs, hyphens escaped', async () => {
    const model = GET_ML_TASK_RUN;
    const page = renderMan(await helpDocument(model), model.command, '1.2.3');
    expect(page.startsWith('.TH GET-ML-TASK-RUN 1 "" "glue-import-labels 1.2.3"')).toBe(true);
    expect(page).toContain('.SH EXIT CODES');
    expect(page).toContain('.B \\-\\-task\\-run\\-id <value>');
    expect(page.split('\n').some((line) => line.startsWith("'"))).toBe(false);
  });

  test('a section with nothing in it is left out', () => {
    expect(
      renderHelp(
        [
          { title: 'EMPTY', blocks: [] },
          { title: 'X', blocks: [{ kind: 'text', text: 'y' }] },
        ],
        80,
      ),
    ).toBe('X\n    y\n');
    expect(
      renderMan(
        [
          { title: 'EMPTY', blocks: [] },
          { title: 'X', blocks: [{ kind: 'text', text: 'y' }] },
        ],
        'c',
        '1',
      ),
    ).toBe('.TH C 1 "" "glue-import-labels 1" "User Commands"\n.SH X\n.PP\ny\n');
  });

  // The bundle defines __HELP_OPTIONS__ (commander's option list, made at build time) and
  // __HELP_TEXT_80__ (the help rendered for 80 columns); from source both are absent.
  test('in a build: the option list and the 80-column text the build made are used', async () => {
    const globals = globalThis as Record<string, unknown>;
    const model = GET_ML_TASK_RUN;
    globals['__HELP_OPTIONS__'] = { [model.command]: [['--built <value>', 'From the build.']] };
    globals['__HELP_TEXT_80__'] = { [model.command]: 'BUILT AT 80\n' };
    try {
      expect(await helpText(model, 80)).toBe('BUILT AT 80\n');
      const wide = await helpText(model, 100);
      expect(wide.split('\nOPTIONS\n')[1]?.split('\n\n')[0]).toBe('    --built <value>\n        From the build.');
      // An operation the build did not list: no options, the text rendered.
      const other = await helpText(START_IMPORT_LABELS_TASK_RUN, 80);
      expect(other.startsWith('NAME\n')).toBe(true);
      expect(other.split('\nOPTIONS\n')[1]?.startsWith('\nOUTPUT\n')).toBe(true);
    } finally {
      delete globals['__HELP_OPTIONS__'];
      delete globals['__HELP_TEXT_80__'];
    }
  });
});

describe('writePaged (help on a terminal)', () => {
  test('a terminal: through MANPAGER, else PAGER, else less -R', async () => {
    for (const [env, argv] of [
      [{ MANPAGER: 'most -s', PAGER: 'more' }, ['most', '-s']],
      [{ PAGER: 'more' }, ['more']],
      [{}, ['less', '-R']],
    ] as const) {
      const { io, out } = fakeIo([], { env: { ...env }, tty: true });
      const paged: string[][] = [];
      io.findProgram = () => true;
      io.runPager = async (command, text) => {
        paged.push([...command, text]);
      };
      await writePaged('the help\n', io);
      expect(paged).toEqual([[...argv, 'the help\n']]);
      expect(out()).toBe('');
    }
  });

  test('off a terminal, under CI, or when the pager is missing: straight to stdout', async () => {
    for (const [tty, env, found] of [
      [false, {}, true],
      [true, { CI: 'true' }, true],
      [true, {}, false],
    ] as const) {
      const { io, out } = fakeIo([], { env: { ...env }, tty });
      io.findProgram = () => found;
      io.runPager = async () => {
        throw new Error('no pager expected');
      };
      await writePaged('the help\n', io);
      expect(out()).toBe('the help\n');
    }
  });
});

// The help a user reads, as reviewed text: any change to a word, a flag's line or the wrapping shows up
// here as a diff of test/unit/__snapshots__/help/ (update with `npx vitest run test/unit/help.test.ts -u`).
describe('help and man pages as the user sees them', () => {
  test.each(models.map((m) => [m.command, m]))('%s: help at 80 columns, and the man page', async (command, model) => {
    await expect(await helpText(model, 80)).toMatchFileSnapshot(`__snapshots__/help/${command}.txt`);
    const man = renderMan(await helpDocument(model), command, '9.9.9');
    await expect(man).toMatchFileSnapshot(`__snapshots__/help/${command}.1`);
  });
});
