/**
 * `npm run check` (scripts/check.ts, src/lib/content/check.ts): the build's reader on a content
 * folder, its verdict printed as `file → field: reason` lines and a summary, exit 1 on any problem.
 * Scratch copies of the small fixture network stand in for an editor's broken pull request.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkReport, inert, readOutcome } from '~/lib/content/check';
import { displayRoot, readNetwork } from '~/lib/content/read';
import { root } from '../helpers/build';
import { fixtureText, removeVariants, variant, withField } from '../helpers/content';

afterEach(removeVariants);

const housing = 'towns/alpha/services/en/alpha-housing.yml';
const council = 'towns/alpha/providers/en/alpha-council.yml';
const check = (dir: string) =>
  checkReport(
    readOutcome(() => readNetwork(dir)),
    'content',
  );

describe('the content check', () => {
  it('passes content the build accepts with exit 0 and says what the content holds', () => {
    expect(check(path.join(root, 'tests/fixtures/mini'))).toEqual({
      lines: [],
      summary: 'content OK: 2 towns, 2 categories, 2 providers, 4 services, 3 calendar entries',
      exitCode: 0,
    });
  });

  it('prints every problem of two broken files as file → field: reason and exits 1', () => {
    const dir = variant({ ...withField(housing, 'provider', 'nobody'), ...withField(council, 'contacts.email', 'office at alpha') });
    const report = check(dir);
    expect(report.exitCode).toBe(1);
    expect(report.lines).toEqual([
      expect.stringMatching(/^content\/towns\/alpha\/providers\/en\/alpha-council\.yml → contacts\.email: .*email address/),
      'content/towns/alpha/services/en/alpha-housing.yml → provider: unknown provider "nobody"',
    ]);
    expect(report.summary).toBe('2 problems in 2 files');
  });

  it('names only the file when the problem is the file itself, and counts a file once', () => {
    const dir = variant({
      ...withField(housing, 'ageMin', 'eighteen'),
      ...withField(housing, 'locations[0].hours[0].opens', '25:00'),
      'towns/alpha/notes.txt': 'x',
    });
    const report = check(dir);
    expect(report.lines).toContain(
      'content/towns/alpha/notes.txt: not read by the build: a town folder holds only the folders profile, providers, services, calendar, orgs',
    );
    expect(report.lines.filter((l) => l.startsWith(`content/${housing} → `))).toHaveLength(2);
    expect(report.summary).toBe('3 problems in 2 files');
  });

  it('says the content folder does not exist rather than that it is fine', () => {
    expect(
      checkReport(
        readOutcome(() => readNetwork(path.join(root, 'no-such-content'))),
        'no-such-content',
      ),
    ).toEqual({
      lines: ['no-such-content: content folder does not exist'],
      summary: '1 problem in 1 file',
      exitCode: 1,
    });
  });

  it('lets an error that is not about the content (a disk error) through instead of reporting it as content', () => {
    expect(() =>
      readOutcome(() => {
        throw new Error('EIO: i/o error');
      }),
    ).toThrow('EIO');
  });

  it('prints control and bidirectional characters from names and messages as escapes, quoting an escaped name', () => {
    const report = checkReport(
      { problems: [{ file: 'towns/a\u001b[2J/x.yml', field: 'bad\n\u001b[31mkey', message: 'unknown town "a\u009b31mb\u202Ec\r"' }] },
      'content',
    );
    expect(report.lines).toEqual(['"content/towns/a\\u001b[2J/x.yml" → "bad\\n\\u001b[31mkey": unknown town "a\\u009b31mb\\u202ec\\r"']);
    expect(inert('Arabic \u200F marks, tabs\tand emoji 🏠 stay')).toBe('Arabic \u200F marks, tabs\\tand emoji 🏠 stay');
  });
});

describe('npm run check, run as CI runs it', () => {
  it('exits 1 and prints a hostile key and folder name inert, one line per problem', () => {
    const dir = variant({
      [housing]: `${fixtureText(housing)}"bad\\n\\u001b[31mkey": 1\n`,
      'towns/alpha/services/x\u001b[2J\n/extra.yml': fixtureText(housing),
    });
    const run = spawnSync(process.execPath, ['scripts/run.mjs', 'scripts/check.ts', dir], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const shown = displayRoot(dir);
    expect(run.stdout.split('\n')).toEqual([
      `${shown}/towns/alpha/services/en/alpha-housing.yml → "bad\\n\\u001b[31mkey": unknown field (check its spelling, or whether it belongs in the default-locale file)`,
      `"${shown}/towns/alpha/services/x\\u001b[2J\\n": "x\\u001b[2J\\n" is not one of the site's locales`,
      '2 problems in 2 files',
      '',
    ]);
    expect(run.stdout).not.toMatch(/[\u001b\u009b\r]/);
  }, 60_000);

  it('exits 0 on good content, reading a relative folder from where npm was typed (npm itself runs in the repository root)', () => {
    const env = { ...process.env, INIT_CWD: path.join(root, 'tests') };
    const run = spawnSync(process.execPath, ['scripts/run.mjs', 'scripts/check.ts', 'fixtures/mini'], { cwd: root, env, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('content OK: 2 towns, 2 categories, 2 providers, 4 services, 3 calendar entries\n');
  }, 60_000);
});
