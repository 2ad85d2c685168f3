/**
 * A broken content file must stop the real build, with a message that names the file and field,
 * so an editor's mistake never ships.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, miniContent, testDist } from '../helpers/build';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'crossroads-bad-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe('building bad content', () => {
  it('fails, naming each broken file, field and reason', () => {
    fs.cpSync(miniContent, scratch, { recursive: true });
    const housing = path.join(scratch, 'towns/alpha/services/en/alpha-housing.yml');
    fs.writeFileSync(
      housing,
      fs
        .readFileSync(housing, 'utf8')
        .replace('provider: alpha-council', 'provider: no-such-provider')
        .replace('reviewed: "2026-06-01"', 'reviewed: "2026-02-30"'),
    );
    const clinic = path.join(scratch, 'towns/alpha/calendar/en/alpha-clinic.yml');
    fs.writeFileSync(
      clinic,
      fs
        .readFileSync(clinic, 'utf8')
        .replace('FREQ=MONTHLY;BYDAY=1TU;COUNT=8', 'FREQ=FORTNIGHTLY;BYDAY=1TU')
        .replace('services: [alpha-housing]', 'services: [alpha-housing, no-such-service]'),
    );
    const window = path.join(scratch, 'towns/alpha/calendar/en/alpha-housing-window.yml');
    fs.writeFileSync(window, fs.readFileSync(window, 'utf8').replace('end: "2027-03-31"', 'end: "2027-02-01"'));
    const deadline = path.join(scratch, 'network/calendar/en/joint-deadline.yml');
    fs.writeFileSync(deadline, fs.readFileSync(deadline, 'utf8').replace('towns: [alpha, beta]', 'towns: [alpha, gamma]\ntimezone: Europe/Nowhere'));
    const beta = path.join(scratch, 'towns/beta/profile/en/beta.yml');
    fs.writeFileSync(beta, fs.readFileSync(beta, 'utf8').replace('Europe/Athens', 'Europe/Atlantis'));

    const result = buildSite({ content: scratch, outDir: path.join(testDist, 'bad') });

    expect(result.status).not.toBe(0);
    expect(result.output).toContain('towns/alpha/services/en/alpha-housing.yml → reviewed: is not a real calendar date');
    expect(result.output).toContain('towns/beta/profile/en/beta.yml → timezone: is not a known IANA timezone');
    expect(result.output).toContain('towns/alpha/calendar/en/alpha-clinic.yml → recurrence.rrule: RRULE is not valid');
    expect(result.output).toContain('towns/alpha/calendar/en/alpha-clinic.yml → services[1]: unknown service "no-such-service"');
    expect(result.output).toContain('towns/alpha/calendar/en/alpha-housing-window.yml → allDay.end: end must not be before start');
    expect(result.output).toContain('network/calendar/en/joint-deadline.yml → timezone: is not a known IANA timezone');
    expect(fs.existsSync(path.join(testDist, 'bad', 'en', 'index.html'))).toBe(false);
  });
});
