/**
 * A broken content file must stop the real build, with a message that names the file and field,
 * so an editor's mistake never ships. Content that is allowed but hostile (markup, quotes,
 * ampersands, script links, formulas, right-to-left marks) must build into outputs where it stays
 * text: no HTML element or attribute, JSON that parses to the same string, CSV cells no
 * spreadsheet runs, XML and iCalendar that still parse. The per-field refusals are
 * tests/unit/bad-content.test.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, miniContent, readPage, testDist, type BuildResult } from '../helpers/build';
import { removeVariants, variant, withField, withFields } from '../helpers/content';
import { csvCells, csvFormulaCells, htmlMarkupFromText, xmlProblems } from '../helpers/inert';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'crossroads-bad-'));
afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
  removeVariants();
});

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
    fs.writeFileSync(clinic, fs.readFileSync(clinic, 'utf8').replace('FREQ=MONTHLY;BYDAY=1TU;COUNT=8', 'FREQ=FORTNIGHTLY;BYDAY=1TU'));
    // References are checked in files whose own fields are valid.
    const food = path.join(scratch, 'towns/beta/services/en/beta-food.yml');
    fs.writeFileSync(food, fs.readFileSync(food, 'utf8').replace('categories: [food]', 'categories: [food, no-such-category]'));
    const window = path.join(scratch, 'towns/alpha/calendar/en/alpha-housing-window.yml');
    fs.writeFileSync(window, fs.readFileSync(window, 'utf8').replace('end: "2027-03-31"', 'end: "2027-02-01"'));
    const deadline = path.join(scratch, 'network/calendar/en/joint-deadline.yml');
    fs.writeFileSync(
      deadline,
      fs.readFileSync(deadline, 'utf8').replace('towns: [alpha, beta]', 'towns: [alpha, gamma]\ntimezone: Europe/Nowhere'),
    );
    const beta = path.join(scratch, 'towns/beta/profile/en/beta.yml');
    fs.writeFileSync(beta, fs.readFileSync(beta, 'utf8').replace('Europe/Athens', 'Europe/Atlantis'));

    const result = buildSite({ content: scratch, outDir: path.join(testDist, 'bad') });

    expect(result.status).not.toBe(0);
    expect(result.output).toContain('towns/alpha/services/en/alpha-housing.yml → reviewed: is not a real calendar date');
    expect(result.output).toContain('towns/beta/profile/en/beta.yml → timezone: is not a known IANA timezone');
    expect(result.output).toContain('towns/alpha/calendar/en/alpha-clinic.yml → recurrence.rrule: RRULE is not valid');
    expect(result.output).toContain('towns/beta/services/en/beta-food.yml → categories[1]: unknown category "no-such-category"');
    expect(result.output).toContain('towns/alpha/calendar/en/alpha-housing-window.yml → allDay.end: end must not be before start');
    expect(result.output).toContain('network/calendar/en/joint-deadline.yml → timezone: is not a known IANA timezone');
    expect(fs.existsSync(path.join(testDist, 'bad', 'en', 'index.html'))).toBe(false);
  });
});

/** Every file below `dir` whose name ends in `ext`, as paths relative to `dir`. */
function filesEnding(dir: string, ext: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith(ext)).sort();
}

/** True when `value` holds `wanted` as a string anywhere inside it. */
function holds(value: unknown, wanted: string): boolean {
  if (typeof value === 'string') return value === wanted;
  if (value && typeof value === 'object') return Object.values(value).some((v) => holds(v, wanted));
  return false;
}

describe('building allowed but hostile content', () => {
  // "h2x" marks what would run or become markup if the text were not kept inert.
  const serviceName = `Housing </script><script>h2x()</script> "q" & 'a' <b data-h2x="1">`;
  const providerName = `Council" data-h2x="1" onmouseover="h2x()`;
  // Line breaks that would start a property and a whole event if a feed wrote them raw.
  const injection = '\r\nX-INJECTED:1\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:pay a fee at h2x\r\n';
  const townName = 'Alpha <img src=x onerror=h2x()>';
  // A second town's name holds the line breaks (a name has at most 80 characters).
  const betaName = `Beta${injection}`;
  const entryTitle = `Clinic </script><script>h2x()</script> & "x"${injection}`;
  const arabicName = 'السكن \u200F"ألفا"\u200F & <i>';
  const formula = '=HYPERLINK("http://evil.example","x")';
  const practiceTitle = 'Flats </h3><script>h2x()</script>';
  const housing = 'towns/alpha/services/en/alpha-housing.yml';
  const edit = {
    ...withFields(housing, {
      name: serviceName,
      description: '[far](//evil.example/x) [js](javascript:h2x(1)) <script>h2x()</script> <a href="javascript:h2x()">a</a>',
    }),
    ...withField('towns/alpha/services/ar/alpha-housing.yml', 'name', arabicName),
    ...withField('towns/alpha/providers/en/alpha-council.yml', 'name', providerName),
    ...withFields('towns/alpha/profile/en/alpha.yml', {
      name: townName,
      practiceNotes: [{ category: 'housing', contacts: { website: 'https://alpha.example/housing' } }],
      practice: [
        {
          category: 'housing',
          title: practiceTitle,
          whatWorks: '<script>h2x()</script> <img src=x onerror=h2x()> [js](javascript:h2x(1)) **works**',
          contactName: `Desk" data-h2x="1`,
        },
      ],
    }),
    ...withField('towns/alpha/calendar/en/alpha-clinic.yml', 'title', entryTitle),
    ...withField('network/categories/en/food.yml', 'name', formula),
    ...withField('network/categories/ar/housing.yml', 'name', '-1+1'),
    ...withField('towns/beta/profile/en/beta.yml', 'name', betaName),
    ...withField('network/services/en/joint-food.yml', 'name', '@SUM(1+1)'),
  };
  const site = path.join(testDist, 'hostile');
  let result: BuildResult;
  beforeAll(() => {
    result = buildSite({ content: variant(edit), outDir: site });
  });
  const read = (file: string) => fs.readFileSync(path.join(site, file), 'utf8');

  it('builds', () => {
    expect(result.status, result.output.slice(-3000)).toBe(0);
  });

  it('keeps editor text out of the markup of every HTML page, <title> included', async () => {
    const pages = filesEnding(site, '.html');
    expect(pages.length).toBeGreaterThan(20);
    const found = (await Promise.all(pages.map((f) => htmlMarkupFromText(read(f), 'h2x', f)))).flat();
    expect(found).toEqual([]);
    const page = readPage(site, '/en/services/alpha-housing/');
    expect(page).toMatch(/<title>[^<]*Housing &lt;\/script&gt;&lt;script&gt;h2x\(\)/);
    expect(readPage(site, '/ar/services/alpha-housing/')).toContain('\u200F');
  });

  it('shows a hostile practice note on its topic’s comparison as text', () => {
    const page = readPage(site, '/en/overview/housing/');
    expect(page).toContain('Flats &lt;/h3&gt;&lt;script&gt;h2x()&lt;/script&gt;</h3>');
    expect(page).toContain('&lt;script&gt;h2x()&lt;/script&gt;');
    expect(page).toContain('<strong>works</strong>');
  });

  it('keeps a hostile town name one encoded value in the subscribe links, and text in their heading', () => {
    const html = readPage(site, '/en/calendar/subscribe/');
    const outlook = [...html.matchAll(/href="(https:\/\/outlook\.live\.com\/[^"]*)"/g)].map((m) => new URL(m[1].replaceAll('&amp;', '&')));
    const alpha = outlook.find((u) => u.searchParams.get('url')?.endsWith('/feeds/en/towns/alpha.ics'))!;
    expect([...alpha.searchParams.keys()]).toEqual(['url', 'name']);
    expect(alpha.searchParams.get('name')).toBe(`Crossroads: ${townName}`);
    expect(alpha.href).not.toMatch(/[\s"'<>]/);
    const beta = outlook.find((u) => u.searchParams.get('url')?.endsWith('/feeds/en/towns/beta.ics'))!;
    // The schema trims the name's last line break; the others stay inside the one value.
    expect(beta.searchParams.get('name')).toBe(`Crossroads: ${betaName.trim()}`);
    expect(html).toContain('Subscribe to dates for Alpha &lt;img src=x onerror=h2x()&gt;</h3>');
  });

  it('gives markdown links to other hosts the outside-link rel, and script links no href', () => {
    const page = readPage(site, '/en/services/alpha-housing/');
    expect(page).toContain('<a href="//evil.example/x" rel="noopener noreferrer external">far</a>');
    expect(page).not.toMatch(/href="\s*javascript:/i);
  });

  it('writes JSON that parses back to the same text, in files and in JSON-LD', () => {
    const files = filesEnding(site, '.json').filter((f) => !f.startsWith('pagefind'));
    const parsed = files.map((f) => JSON.parse(read(f)) as unknown);
    expect(parsed.some((v) => holds(v, serviceName))).toBe(true);
    const jsonLd = [
      ...readPage(site, '/en/services/alpha-housing/').matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g),
    ];
    expect(jsonLd.length).toBeGreaterThan(0);
    expect(jsonLd.some((m) => holds(JSON.parse(m[1]), serviceName))).toBe(true);
  });

  it('writes no CSV cell a spreadsheet would run as a formula', () => {
    const files = filesEnding(site, '.csv');
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(csvFormulaCells(read(f)), f).toEqual([]);
    expect(csvCells(read('data/coverage/en.csv')).flat()).toContain(`'${formula}`);
  });

  it('writes well-formed XML', () => {
    const files = filesEnding(site, '.xml');
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(xmlProblems(read(f)), f).toEqual([]);
  });

  it('writes feeds that parse, with the title as the summary of the series and of its cancelled day', () => {
    const feed = new ICAL.Component(ICAL.parse(read('feeds/en/entries/alpha-clinic.ics')));
    // The series, and the override for its cancelled occurrence (2026-12-01).
    // As the reader keeps it: line ends as \n, no line break at the end.
    const title = entryTitle.replace(/\r\n/g, '\n').trim();
    expect(feed.getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('summary'))).toEqual([title, `Cancelled: ${title}`]);
    for (const event of feed.getAllSubcomponents('vevent'))
      expect(
        event
          .getAllProperties()
          .map((p) => p.name)
          .filter((n) => n === 'summary'),
      ).toHaveLength(1);
    const feeds = filesEnding(site, '.ics');
    expect(feeds.length).toBeGreaterThan(5);
    for (const f of feeds) {
      const calendar = new ICAL.Component(ICAL.parse(read(f)));
      const events = calendar.getAllSubcomponents('vevent');
      // No property or event made from the editor's line breaks, in any feed (town and category feeds name the town).
      expect(
        [calendar, ...events].flatMap((c) => c.getAllProperties().map((p) => p.name)).filter((n) => n === 'x-injected'),
        f,
      ).toEqual([]);
      expect(
        events.filter((e) => String(e.getFirstPropertyValue('summary')).startsWith('pay a fee')),
        f,
      ).toEqual([]);
      for (const e of events) expect(e.getAllProperties('dtstart'), f).toHaveLength(1);
    }
  });
});
