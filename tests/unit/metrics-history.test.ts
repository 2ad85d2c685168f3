import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ContentError } from '~/lib/content/errors';
import { readNetwork } from '~/lib/content/read';
import {
  addSnapshot,
  historyFile,
  historyProblems,
  parseHistory,
  readHistory,
  serializeHistory,
  snapshotOf,
  type MetricsHistory,
} from '~/lib/metrics/history';
import { networkMetrics } from '~/lib/metrics/metrics';
import { directoryOf } from '../helpers/directory';
import { fixtureText, removeVariants, variant } from '../helpers/content';
import { miniContent } from '../helpers/build';

afterEach(removeVariants);

const snapshot = snapshotOf(networkMetrics(directoryOf(), '2026-11-23'));
const refusal = (text: string) => {
  try {
    parseHistory(text);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('the history was accepted');
};

describe('the metrics history', () => {
  it('round-trips: written, read back, the same', () => {
    const history: MetricsHistory = { snapshots: [{ ...snapshot, date: '2026-10-26' }, snapshot] };
    const text = serializeHistory(history);
    expect(parseHistory(text)).toEqual(history);
    expect(serializeHistory(parseHistory(text))).toBe(text);
  });

  it('keeps one snapshot a day: the same day twice replaces it, and snapshots stay in date order', () => {
    const once = addSnapshot({ snapshots: [] }, snapshot);
    const changed = { ...snapshot, network: { ...snapshot.network, gaps: 9 } };
    const twice = addSnapshot(once, changed);
    expect(twice.snapshots).toEqual([changed]);
    const earlier = addSnapshot(twice, { ...snapshot, date: '2026-01-05' });
    expect(earlier.snapshots.map((s) => s.date)).toEqual(['2026-01-05', '2026-11-23']);
  });

  it('writes each scope on one line, so a diff shows which town changed', () => {
    const text = serializeHistory({ snapshots: [snapshot] });
    expect(text).toMatch(/^ {6}alpha: \{services: 3, checkedPercent: 100, translatedPercent: \{ar: \d+/m);
    expect(text.split('\n').filter(Boolean)).toHaveLength(7);
  });

  it('is committed in its written form, in the sample and the fixture content', () => {
    for (const root of ['content', miniContent]) {
      const text = fs.readFileSync(path.join(root, historyFile), 'utf8');
      expect(serializeHistory(parseHistory(text))).toBe(text);
      expect(readHistory(root).snapshots.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('is empty where no snapshot was taken yet', () => {
    expect(readHistory(variant({ [historyFile]: null }))).toEqual({ snapshots: [] });
  });
});

describe('a malformed history is refused, naming the file and the field', () => {
  it('a figure out of range or of the wrong kind', () => {
    const text = serializeHistory({ snapshots: [snapshot] })
      .replace('checkedPercent: 75', 'checkedPercent: 175')
      .replace('gaps: 0', 'gaps: many');
    const error = refusal(text);
    expect(error.problems).toContainEqual(expect.objectContaining({ file: historyFile, field: 'snapshots[0].network.checkedPercent' }));
    expect(error.problems).toContainEqual(expect.objectContaining({ file: historyFile, field: 'snapshots[0].towns.alpha.gaps' }));
    expect(error.message).toContain(`content/${historyFile} → snapshots[0].network.checkedPercent`);
  });

  it('an unknown field, a language that is not the site’s, or a town name that is not a slug', () => {
    const text = serializeHistory({ snapshots: [snapshot] })
      .replace('upcomingDates: 3}', 'upcomingDates: 3, visitors: 12}')
      .replace('{ar: 27,', '{ar: 27, xx: 5,')
      .replace('      beta:', '      "Beta <b>":');
    const fields = refusal(text).problems.map((p) => p.field);
    expect(fields).toContain('snapshots[0].network.visitors');
    expect(fields.some((f) => f.startsWith('snapshots[0].network.translatedPercent'))).toBe(true);
    expect(fields.some((f) => f.startsWith('snapshots[0].towns'))).toBe(true);
  });

  it('snapshots out of date order, a day twice, or a date that is not one', () => {
    const twice = serializeHistory({ snapshots: [snapshot] }).replace(/^snapshots:\n/m, '');
    const text = `snapshots:\n${twice.split('\n').slice(1).join('\n')}${twice.split('\n').slice(1).join('\n')}`;
    expect(refusal(text).problems).toContainEqual(
      expect.objectContaining({ field: 'snapshots[1].date', message: expect.stringContaining('must come after 2026-11-23') }),
    );
    expect(historyProblems(serializeHistory({ snapshots: [snapshot] }).replace('2026-11-23', '2026-13-45'))[0].field).toBe(
      'snapshots[0].date',
    );
  });

  it('a file that is not YAML', () => {
    expect(historyProblems('snapshots: [oops', historyFile)).toEqual([
      { file: historyFile, field: '', message: expect.stringMatching(/^not valid YAML/) },
    ]);
  });

  it('by the content reader too, so the check and the build stop on it', () => {
    const bad = fixtureText(historyFile).replace('checkedPercent: 75', 'checkedPercent: -1');
    expect(() => readNetwork(variant({ [historyFile]: bad }))).toThrow(
      new RegExp(`${historyFile} → snapshots\\[1\\]\\.network\\.checkedPercent`),
    );
  });

  it('while another stray file in the network folder is still reported', () => {
    expect(() => readNetwork(variant({ 'network/metrics-history.yaml': 'x: 1' }))).toThrow(/not read by the build/);
  });
});

describe('the overview’s own page names', () => {
  it('refuse a category named like the dashboard', () => {
    const file = 'network/categories/en/food.yml';
    expect(() => readNetwork(variant({ [file]: null, 'network/categories/en/metrics.yml': fixtureText(file) }))).toThrow(
      /"metrics" is reserved/,
    );
  });
});

describe('the example snapshot workflow (docs/ci/metrics-snapshot.yml)', () => {
  const workflow = parse(fs.readFileSync(path.resolve('docs/ci/metrics-snapshot.yml'), 'utf8')) as {
    on: Record<string, unknown>;
    jobs: Record<string, { steps: { run?: string }[] }>;
  };
  const runs = Object.values(workflow.jobs)
    .flatMap((j) => j.steps.map((s) => s.run ?? ''))
    .join('\n');

  it('runs on a schedule, takes the snapshot and commits only the history file', () => {
    expect(workflow.on.schedule).toBeDefined();
    expect(runs).toContain('npm run metrics:snapshot');
    expect(runs).toContain(`git add content/${historyFile}`);
    expect(runs).toMatch(/git diff --cached --quiet \|\| git commit/);
  });

  it('is an example, not a workflow this repository runs', () => {
    expect(fs.existsSync(path.resolve('.github/workflows/metrics-snapshot.yml'))).toBe(false);
  });
});
