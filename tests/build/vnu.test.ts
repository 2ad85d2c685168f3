/**
 * Every built page of the sample network and of the fixture network, in every locale, passes the
 * Nu Html Checker (vnu, the W3C validator's engine, from the `vnu-jar` npm package; it needs Java,
 * which `.ci/run` installs where it is missing). html-validate (html-valid.test.ts) checks one
 * page per type with its own rules; vnu reads every page as the W3C validator does, and caught
 * what html-validate did not: a skipped heading level under "Next dates" on 310 service pages and
 * the style Astro writes before an island not being its parent's first child.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { sites } from '../helpers/build';

const require = createRequire(import.meta.url);
// The package exports the jar's path (as a String object).
const vnuJar = String(require('vnu-jar'));

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

/** Runs vnu once over `targets` (folders are walked for .html files; `-` reads standard input). */
function vnu(targets: string[], input?: string): VnuMessage[] {
  const run = spawnSync('java', ['-Xss4m', '-jar', vnuJar, '--format', 'json', '--skip-non-html', ...targets], {
    input,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  if (run.error) throw new Error(`vnu could not run (is Java installed? .ci/run installs it): ${run.error.message}`);
  // vnu writes its JSON report to standard error, and exits 1 when it found errors.
  return (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages;
}

/** Errors, as `page:line message`; vnu's warnings and infos (CSP notes about file:// URLs) are not errors. */
const errors = (messages: VnuMessage[], root = '') =>
  messages.filter((m) => m.type !== 'info').map((m) => `${(m.url ?? '').replace(`file:${root}`, '')}:${m.lastLine ?? 0} ${m.message}`);

describe('the Nu Html Checker', () => {
  it('reports an error it should, so a clean run means something', () => {
    const page = '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><h2>a</h2><h4>b</h4></body></html>';
    expect(errors(vnu(['-'], page)).join('\n')).toMatch(/heading “h4”.*follows the heading “h2”/);
  });

  it('finds no error on any page of the sample and fixture networks, in any locale', { timeout: 900_000 }, () => {
    const found = [...errors(vnu([sites.sample]), sites.sample), ...errors(vnu([sites.mini]), sites.mini)];
    expect(found.slice(0, 50), `${found.length} errors`).toEqual([]);
  });
});
