/**
 * A synthetic partner network for scale tests and benchmarks (issue #9): towns, providers,
 * services and calendar entries with realistic field sizes, varied eligibility, partial
 * translations and recurring calendar series, written in the Decap `multiple_folders` layout
 * that `content/read.ts` reads.
 *
 * Pure and deterministic: the same options give the same files, byte for byte. Randomness comes
 * from a seeded mulberry32 generator, never from Math.random, and dates from `options.today`,
 * never from the clock. The caller passes the category files (the 12 real categories, copied as
 * they are), so this module does no I/O.
 */
import { stringify } from 'yaml';
import { defaultLocale, locales, type LocaleCode } from '../src/lib/i18n/locales';
import { dateParts } from '../src/lib/dates/format';
import { addDays } from '../src/lib/dates/days';
import {
  appointmentTypes,
  audiences,
  costTypes,
  documentTypes,
  providerTypes,
  residenceRequirements,
  residenceStatuses,
  weekdays,
  type DocumentType,
} from '../src/lib/content/schema';

export interface SyntheticOptions {
  /** Number of towns. */
  towns: number;
  /** Services per town. */
  services: number;
  /** How many of the site's locales hold content (the first N of the table), counting the default one; capped at the table's length. */
  locales: number;
  /** Share (0–1) of records translated into each non-default locale; some translations are partial. */
  translated: number;
  /** Seed of the pseudo-random generator. */
  seed: number;
  /**
   * Category files, content-relative path (network/categories/<locale>/<slug>.yml) → YAML text,
   * copied to the output as they are; services and entries use their slugs.
   */
  categoryFiles: Record<string, string>;
  /** "Today" for review dates and calendar dates (YYYY-MM-DD); default 2026-11-23. */
  today?: string;
}

/** Content-relative path → YAML text, in sorted path order. */
export type SyntheticFiles = Record<string, string>;

/** mulberry32: a tiny, fast 32-bit seeded PRNG. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Helpers over one PRNG stream. */
class Rng {
  constructor(readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  /** Skewed pick: early items much more often, like word frequencies. */
  zipf<T>(xs: readonly T[]): T {
    const r = this.next();
    return xs[Math.floor(r * r * xs.length)];
  }
  /** `n` distinct items, in list order. */
  some<T>(xs: readonly T[], n: number): T[] {
    const idx = xs.map((_, i) => i);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [idx[i], idx[j]] = [idx[j], idx[i]];
    }
    return idx
      .slice(0, Math.min(n, xs.length))
      .sort((a, b) => a - b)
      .map((i) => xs[i]);
  }
}

// ---------------------------------------------------------------------------------------------
// Words. English text uses real words so search benchmarks index something word-like; other
// locales use a per-locale vocabulary of pseudo-words in the language's script.

const enWords = (
  'help advice office card free children family school course housing rent room shelter doctor clinic ' +
  'health registration residence permit asylum refugee work job training money grant food meal parcel ' +
  'language lessons legal lawyer appeal interview documents passport appointment walk-in bus ticket ' +
  'transport discount mother baby nursery women young older people volunteer association centre desk ' +
  'municipal service social worker mediator interpreter Arabic Ukrainian Tigrinya Persian French Spanish ' +
  'Turkish Italian Greek evening morning weekly monthly application form certificate income tax code ' +
  'insurance pharmacy dentist vaccination pregnancy counselling trauma support group homework library ' +
  'computer phone internet bank account benefit allowance energy bill heating winter clothes shoes ' +
  'furniture kitchen shower laundry emergency night safe violence protection contact waiting list points ' +
  'ranking review decision letter renewal deadline queue number reception welcome information orientation ' +
  'neighbourhood district harbour station market square street library sports club music theatre'
).split(/\s+/);
const enGlue = 'the a for and with to of in on at your you who your from by after before every'.split(' ');

const scripts: Record<string, { syllables: string[]; stop: string }> = {
  latin: { syllables: 'ba ce di fo gu la me ni po ru sa te vi zo an el in or us ar es'.split(' '), stop: '.' },
  arabic: { syllables: 'با تا سا ما نا لا را كي مو دي حا عا فا قي و ي ال من في'.split(' '), stop: '.' },
  persian: { syllables: 'با پا تا سا ما نا لا را کی مو دی خا گا فا ژی و ی از در به'.split(' '), stop: '.' },
  cyrillic: { syllables: 'ба ва га да же зи ко ла ми но пе ро со ту фи ха ці ще ю я'.split(' '), stop: '.' },
  ethiopic: { syllables: 'ሀ ለ ሐ መ ሰ ረ ቀ በ ተ ነ አ ከ ወ ዘ የ ደ ገ ጠ ፈ ሸ'.split(' '), stop: '።' },
};
const scriptOf: Record<string, keyof typeof scripts> = {
  ar: 'arabic',
  fa: 'persian',
  uk: 'cyrillic',
  ti: 'ethiopic',
  ur: 'arabic',
  so: 'latin',
};

/** A vocabulary of `size` distinct pseudo-words in a script, from the same seed every time. */
function vocabulary(rng: Rng, script: keyof typeof scripts, size: number): string[] {
  const { syllables } = scripts[script];
  const seen = new Set<string>();
  while (seen.size < size) {
    let w = '';
    const n = rng.int(1, 4);
    for (let i = 0; i < n; i++) w += rng.pick(syllables);
    seen.add(w);
  }
  return [...seen];
}

class Writer {
  private vocab: string[];
  private stop: string;
  constructor(
    private rng: Rng,
    readonly locale: string,
  ) {
    if (locale === defaultLocale) {
      this.vocab = enWords;
      this.stop = '.';
    } else {
      const script = scriptOf[locale] ?? 'latin';
      // Each locale gets its own vocabulary (seeded by the locale, not the network seed) so languages differ.
      this.vocab = vocabulary(new Rng(mulberry32(hash(locale))), script, 1500);
      this.stop = scripts[script].stop;
    }
  }
  word(): string {
    if (this.locale === defaultLocale && this.rng.chance(0.3)) return this.rng.pick(enGlue);
    return this.rng.zipf(this.vocab);
  }
  /** Words up to a length between min and max characters. */
  phrase(min: number, max: number): string {
    let s = '';
    const target = this.rng.int(min, max);
    while (s.length < target) {
      const w = this.word();
      if ((s + ' ' + w).trim().length > max) break;
      s = (s + ' ' + w).trim();
    }
    while (s.length < min) s = `${s} ${this.rng.pick(this.vocab).slice(0, min - s.length - 1) || 'a'}`.trim();
    return capitalize(s);
  }
  sentence(words = this.rng.int(8, 18)): string {
    const ws: string[] = [];
    for (let i = 0; i < words; i++) ws.push(this.word());
    return capitalize(ws.join(' ')) + this.stop;
  }
  /** Sentences; `markdown` false for a plain-text field, which the schema keeps free of emphasis. */
  paragraph(sentences = this.rng.int(2, 4), markdown = true): string {
    const out: string[] = [];
    for (let i = 0; i < sentences; i++) {
      let s = this.sentence();
      // Some markdown emphasis, as real descriptions have (the draw is made either way, so the
      // rest of the network is the same).
      if (i === 0 && this.rng.chance(0.4) && markdown) s = s.replace(/^(\S+ \S+)/, '**$1**');
      out.push(s);
    }
    return out.join(' ');
  }
  /** Text of about `length` characters (for summaries). */
  about(length: number, max: number): string {
    let s = '';
    while (s.length < length - 20) s = (s + ' ' + this.word()).trim();
    return capitalize(s).slice(0, max - 1) + this.stop;
  }
}

const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase('en') + s.slice(1);

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

function slugify(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

// ---------------------------------------------------------------------------------------------
// Dates.

const iso = (d: Date) => d.toISOString().slice(0, 10);
const rruleDays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** The `n`th given weekday (0 = Monday) of a month, as YYYY-MM-DD. */
function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  const first = new Date(Date.UTC(year, month, 1));
  const offset = (weekday - ((first.getUTCDay() + 6) % 7) + 7) % 7;
  return iso(new Date(Date.UTC(year, month, 1 + offset + (n - 1) * 7)));
}

// ---------------------------------------------------------------------------------------------
// Places.

const countries = [
  { country: 'IT', timezone: 'Europe/Rome', region: 'Tuscany', prefix: '+39', lat: 43.5, lon: 10.3, postal: 5, lang: 'it' },
  { country: 'GR', timezone: 'Europe/Athens', region: 'North Aegean', prefix: '+30', lat: 39.1, lon: 26.5, postal: 5, lang: 'el' },
  { country: 'ES', timezone: 'Europe/Madrid', region: 'Andalusia', prefix: '+34', lat: 36.7, lon: -4.4, postal: 5, lang: 'es' },
  { country: 'DE', timezone: 'Europe/Berlin', region: 'Saxony', prefix: '+49', lat: 51.3, lon: 12.4, postal: 5, lang: 'de' },
  { country: 'PT', timezone: 'Europe/Lisbon', region: 'Lisbon', prefix: '+351', lat: 38.7, lon: -9.1, postal: 4, lang: 'pt' },
] as const;
const serviceLanguages = ['en', 'ar', 'fr', 'uk', 'ti', 'fa', 'es', 'tr', 'ps', 'so', 'ur', 'ru'];
const townSyllables = 'val mar aur el ia kas tel los lef ko nia ner is sa por tu no ve ra lin do sel ta mon ri'.split(' ');
const streetKinds = ['Via', 'Piazza', 'Odos', 'Calle', 'Strasse', 'Rua'];

// ---------------------------------------------------------------------------------------------

/**
 * Generates a network. Returns every file to write below a content folder, including
 * `network/settings.yml` and the category files passed in.
 */
export function generateNetwork(options: SyntheticOptions): SyntheticFiles {
  const rng = new Rng(mulberry32(options.seed));
  const today = options.today ?? '2026-11-23';
  const localeCount = Math.max(1, Math.min(locales.length, Math.floor(options.locales)));
  const contentLocales = locales.slice(0, localeCount).map((l) => l.code) as LocaleCode[];
  const others = contentLocales.filter((c) => c !== defaultLocale);
  const translated = Math.max(0, Math.min(1, options.translated));
  const categories = [
    ...new Set(
      Object.keys(options.categoryFiles)
        .map((p) => /^network\/categories\/[^/]+\/([a-z0-9-]+)\.yml$/.exec(p)?.[1])
        .filter((s): s is string => !!s),
    ),
  ].sort();
  if (categories.length === 0) throw new Error('generateNetwork needs the category files (network/categories/<locale>/<slug>.yml)');

  const writers = new Map(contentLocales.map((code) => [code, new Writer(rng, code)]));
  const en = writers.get(defaultLocale)!;
  const files: SyntheticFiles = { 'network/settings.yml': 'staleAfterDays: 365\n', ...options.categoryFiles };
  const put = (p: string, data: Record<string, unknown>) => {
    files[p] = stringify(data, { lineWidth: 0 });
  };

  /**
   * Writes a record: the default-locale file with shared fields and English text, and for a
   * `translated` share of records a translation file per other locale. `makeText` builds the
   * text fields in a locale; `optional` names the text fields a partial translation may omit.
   */
  const record = (
    folder: string,
    slug: string,
    shared: Record<string, unknown>,
    makeText: (w: Writer) => Record<string, unknown>,
    optional: string[],
  ) => {
    put(`${folder}/${defaultLocale}/${slug}.yml`, { ...shared, ...makeText(en) });
    for (const code of others) {
      if (!rng.chance(translated)) continue;
      const text = makeText(writers.get(code)!);
      if (rng.chance(0.25)) for (const key of rng.some(optional, rng.int(1, optional.length))) delete text[key];
      put(`${folder}/${code}/${slug}.yml`, text);
    }
  };

  // Towns first: every later record refers to them.
  const townSlugs: string[] = [];
  const usedTowns = new Set<string>();
  const towns: { slug: string; place: (typeof countries)[number]; lat: number; lon: number; postal: string }[] = [];
  for (let t = 0; t < options.towns; t++) {
    let name = '';
    while (!name || usedTowns.has(slugify(name))) {
      name = capitalize(Array.from({ length: rng.int(2, 3) }, () => rng.pick(townSyllables)).join(''));
      if (usedTowns.size > 200) name += ` ${t + 1}`;
    }
    usedTowns.add(slugify(name));
    const place = countries[t % countries.length];
    const slug = slugify(name);
    const lat = round(place.lat + rng.next() * 2 - 1, 4);
    const lon = round(place.lon + rng.next() * 2 - 1, 4);
    const postal = String(rng.int(10 ** (place.postal - 1), 10 ** place.postal - 1));
    towns.push({ slug, place, lat, lon, postal });
    townSlugs.push(slug);
    record(
      `towns/${slug}/profile`,
      slug,
      {
        timezone: place.timezone,
        country: place.country,
        region: place.region,
        officeLanguages: [place.lang, 'en', ...rng.some(serviceLanguages.slice(1), rng.int(0, 3))],
        office: {
          address: { street: street(rng), postalCode: postal },
          geo: { lat, lon },
          hours: hours(rng),
          contacts: contacts(rng, place.prefix, slug),
        },
        contentContact: `directory@${slug}.example`,
      },
      (w) => ({
        name, // place names are not translated
        description: w.paragraph(2, false).slice(0, 590),
        officeName: w.phrase(15, 50),
      }),
      ['description'],
    );
  }

  for (const [ti, town] of towns.entries()) {
    const { slug: townSlug, place } = town;
    // Providers of the town.
    const providerSlugs: string[] = [];
    const providerCount = Math.max(1, Math.min(8, Math.ceil(options.services / 6)));
    for (let p = 0; p < providerCount; p++) {
      const name = en.phrase(20, 60);
      const slug = `${townSlug}-${slugify(name).split('-').slice(0, 3).join('-')}-p${p + 1}`;
      providerSlugs.push(slug);
      record(
        `towns/${townSlug}/providers`,
        slug,
        { type: rng.pick(providerTypes), towns: [townSlug], contacts: contacts(rng, place.prefix, slug) },
        (w) => ({
          name: w.locale === defaultLocale ? name : w.phrase(20, 60),
          description: `${w.paragraph()}\n\n${w.paragraph(2)}`.slice(0, 790),
        }),
        ['description'],
      );
    }

    // Services of the town; some also serve the next town (joint services).
    const serviceSlugs: string[] = [];
    for (let s = 0; s < options.services; s++) {
      const name = en.phrase(20, 60);
      const slug = `${townSlug}-${slugify(name).split('-').slice(0, 4).join('-')}-s${s + 1}`;
      serviceSlugs.push(slug);
      const served = [townSlug];
      if (towns.length > 1 && rng.chance(0.1)) served.push(towns[(ti + 1) % towns.length].slug);
      const residence = rng.chance(0.6) ? 'none' : rng.pick(residenceRequirements.filter((r) => r !== 'none'));
      const ageMin = rng.chance(0.3) ? rng.pick([0, 6, 14, 16, 18, 25]) : undefined;
      const ageMax = rng.chance(0.2) ? rng.pick([17, 25, 30, 64, 99]) : undefined;
      const cost = rng.pick(costTypes);
      const locationCount = rng.int(1, 2);
      const stepCount = rng.int(3, 5);
      record(
        `towns/${townSlug}/services`,
        slug,
        {
          provider: rng.pick(providerSlugs),
          towns: served,
          categories: rng.some(categories, rng.int(1, 3)),
          status: rng.chance(0.9) ? 'active' : rng.pick(['temporarily-closed', 'ended']),
          eligibility: {
            residenceStatuses: rng.chance(0.5) ? [] : rng.some(residenceStatuses, rng.int(1, 4)),
            audiences: rng.chance(0.6) ? [] : rng.some(audiences, rng.int(1, 2)),
            ...(ageMin !== undefined ? { ageMin } : {}),
            ...(ageMax !== undefined && (ageMin === undefined || ageMax >= ageMin) ? { ageMax } : {}),
            residence,
            residenceMonths: residence === 'none' ? 0 : rng.pick([0, 3, 6, 12]),
            documents: documents(rng),
          },
          cost: cost === 'free' ? { type: cost } : { type: cost, amountEUR: rng.int(1, 60) },
          appointment: rng.pick(appointmentTypes),
          languages: [place.lang, ...rng.some(serviceLanguages, rng.int(1, 4))],
          interpretation: rng.chance(0.4),
          locations: Array.from({ length: locationCount }, (_, i) => ({
            name: en.phrase(15, 50),
            address: { street: street(rng), postalCode: town.postal, town: townSlug },
            geo: { lat: round(town.lat + (rng.next() - 0.5) / 50, 4), lon: round(town.lon + (rng.next() - 0.5) / 50, 4) },
            hours: hours(rng),
            accessible: rng.chance(0.6) || i > 0,
          })),
          contacts: contacts(rng, place.prefix, slug),
          reviewed: addDays(today, -rng.int(0, 540)),
        },
        (w) => ({
          name: w.locale === defaultLocale ? name : w.phrase(20, 60),
          summary: w.about(120, 300),
          description: Array.from({ length: rng.int(2, 3) }, () => w.paragraph()).join('\n\n'),
          applySteps: Array.from({ length: stepCount }, () => w.sentence(rng.int(6, 14))),
          ...(rng.chance(0.5) ? { eligibilityNote: w.sentence() } : {}),
          ...(cost !== 'free' || rng.chance(0.3) ? { costNote: w.sentence(rng.int(5, 12)) } : {}),
        }),
        ['description', 'applySteps', 'eligibilityNote', 'costNote', 'summary'],
      );
    }

    // Calendar: deadlines, application windows, single events and recurring service days.
    const entryCount = Math.max(4, Math.ceil(options.services / 4));
    for (let e = 0; e < entryCount; e++) {
      const kind = (['deadline', 'application-window', 'event', 'service-day'] as const)[e % 4];
      const title = en.phrase(25, 80);
      const slug = `${townSlug}-${slugify(title).split('-').slice(0, 3).join('-')}-c${e + 1}`;
      const start = addDays(today, rng.int(-40, 300));
      const shared: Record<string, unknown> = {
        kind,
        towns: [townSlug],
        categories: rng.some(categories, rng.int(1, 2)),
        services: rng.some(serviceSlugs, rng.int(0, 2)),
      };
      if (kind === 'deadline') shared.allDay = { start };
      else if (kind === 'application-window') shared.allDay = { start, end: addDays(start, rng.int(7, 60)) };
      else if (kind === 'event') {
        const h = rng.int(9, 17);
        shared.timed = { start: `${start}T${pad(h)}:00`, end: `${start}T${pad(h + 2)}:00` };
      } else {
        // A recurring series whose first date is an occurrence, with holidays skipped (exdates).
        const count = rng.int(6, 24);
        const { year, month } = dateParts(today);
        let dates: string[];
        if (rng.chance(0.5)) {
          const weekday = rng.int(0, 4);
          const n = rng.int(1, 4);
          shared.recurrence = { rrule: `FREQ=MONTHLY;BYDAY=${n}${rruleDays[weekday]};COUNT=${count}` };
          dates = Array.from({ length: count }, (_, k) => nthWeekday(year, month - 2 + k, weekday, n));
        } else {
          const weekday = rng.int(0, 5);
          const begin = nthWeekday(year, month - 2, weekday, 1);
          shared.recurrence = { rrule: `FREQ=WEEKLY;BYDAY=${rruleDays[weekday]};COUNT=${count}` };
          dates = Array.from({ length: count }, (_, k) => addDays(begin, 7 * k));
        }
        const first = dates[0];
        const skip = rng.some(dates.slice(2), rng.chance(0.8) ? rng.int(1, 2) : 0);
        const cancelled = rng.chance(0.2)
          ? rng.some(
              dates.slice(1).filter((d) => !skip.includes(d)),
              1,
            )
          : [];
        Object.assign(shared.recurrence as object, { exdates: skip, ...(cancelled.length ? { cancelled } : {}) });
        const h = rng.int(8, 15);
        shared.timed = { start: `${first}T${pad(h)}:00`, end: `${first}T${pad(h + 3)}:30` };
      }
      if (kind !== 'deadline') {
        shared.location = {
          name: en.phrase(15, 50),
          address: { street: street(rng), postalCode: town.postal, town: townSlug },
          geo: { lat: town.lat, lon: town.lon },
        };
      }
      const status = rng.chance(0.9) ? 'confirmed' : rng.pick(['cancelled', 'moved']);
      shared.status = status;
      shared.updated = `${addDays(today, -rng.int(1, 90))}T${pad(rng.int(8, 17))}:${pad(rng.int(0, 59))}:00Z`;
      record(
        `towns/${townSlug}/calendar`,
        slug,
        shared,
        (w) => ({
          title: w.locale === defaultLocale ? title : w.phrase(25, 80),
          description: `${w.paragraph()}\n\n${w.paragraph(2)}`,
          ...(status !== 'confirmed' ? { statusNote: w.sentence(8) } : {}),
        }),
        ['description', 'statusNote'],
      );
    }
  }

  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const pad = (n: number) => String(n).padStart(2, '0');
const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * What to bring, as editors write it: none, or a few distinct documents, sometimes the first of
 * them alternatives ("asylum card or residence permit": `oneOf`), the rest plain (groups of one).
 */
function documents(rng: Rng): (DocumentType | { oneOf: DocumentType[] })[] {
  if (rng.chance(0.2)) return [];
  const docs = rng.some(documentTypes, rng.int(1, 4));
  const alternatives = docs.length > 1 && rng.chance(0.4) ? rng.int(2, docs.length) : 0;
  return alternatives ? [{ oneOf: docs.slice(0, alternatives) }, ...docs.slice(alternatives)] : docs;
}

function street(rng: Rng): string {
  return `${rng.pick(streetKinds)} ${capitalize(rng.pick(townSyllables) + rng.pick(townSyllables))} ${rng.int(1, 120)}`;
}

function hours(rng: Rng) {
  const out: { days: string[]; opens: string; closes: string }[] = [
    {
      days: rng.some(weekdays.slice(0, 5), rng.int(2, 5)),
      opens: rng.pick(['08:00', '08:30', '09:00']),
      closes: rng.pick(['12:30', '13:00', '14:00']),
    },
  ];
  if (rng.chance(0.5))
    out.push({ days: rng.some(weekdays.slice(0, 6), rng.int(1, 2)), opens: '14:30', closes: rng.pick(['17:00', '18:30']) });
  return out;
}

function contacts(rng: Rng, prefix: string, slug: string) {
  const number = () => `${prefix}${rng.int(100000000, 999999999)}`;
  const host = slugify(slug.slice(0, 40));
  return {
    phone: number(),
    ...(rng.chance(0.4) ? { whatsapp: number() } : {}),
    ...(rng.chance(0.7) ? { email: `info@${host}.example` } : {}),
    ...(rng.chance(0.5) ? { website: `https://${host}.example` } : {}),
  };
}
