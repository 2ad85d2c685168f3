/**
 * The one definition of the content model. The build validates every content file against these
 * schemas, Astro's content collections reuse them, and the Decap CMS config is generated from
 * them, so the editor and the build cannot disagree.
 *
 * Each record kind has two halves:
 * - `shared`: structured fields, stored once, in the default-locale file;
 * - `text`: translatable fields, stored per locale (Decap's `multiple_folders` i18n layout:
 *   `<folder>/<locale>/<slug>.yml`). A translation file holds only text fields, and any of them
 *   may be missing; the site then falls back to the default locale with a notice.
 */
import { z } from 'astro/zod';
import { checkingNow, latestDateOnEarth } from '../dates/today';
import { ruleProblem, rulePattern } from '../calendar/recurrence';
import { hasMarkdownMarkup } from './markdown';
import { slugPattern } from './slug';

// ---------------------------------------------------------------------------------------------
// Fixed lists. Labels live in locales/<code>.json under the same keys, so they are translated
// with the rest of the interface.

/** Residence statuses a service may be limited to. An empty list means "any status". */
export const residenceStatuses = [
  'asylum-seeker',
  'refugee',
  'subsidiary-protection',
  'temporary-protection',
  'residence-permit',
  'eu-citizen',
  'undocumented',
] as const;

/** Groups a service may be limited to. An empty list means "everyone". */
export const audiences = [
  'families',
  'children',
  'young-people',
  'women',
  'older-people',
  'disabled-people',
  'unaccompanied-minors',
  'lgbtq',
] as const;

/** Documents a service may ask for. */
export const documentTypes = [
  'passport',
  'national-id',
  'residence-permit',
  'asylum-card',
  'temporary-protection-certificate',
  'registration-certificate',
  'proof-of-address',
  'birth-certificate',
  'health-card',
  'tax-code',
  'school-report',
  'income-proof',
  'rental-contract',
  'passport-photo',
  'referral-letter',
] as const;

/** Where a person must live or be registered to use a service. */
export const residenceRequirements = [
  'none',
  'lives-in-town',
  'registered-in-town',
  'lives-in-network',
] as const;

export const costTypes = ['free', 'reduced', 'paid'] as const;
export const appointmentTypes = ['walk-in', 'recommended', 'required'] as const;
export const serviceStatuses = ['active', 'temporarily-closed', 'ended'] as const;
export const providerTypes = ['municipal', 'public-agency', 'ngo', 'faith', 'volunteer'] as const;
/** Days in week order, Monday first: the order the CMS offers them and hours tables list them. */
export const weekdays = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;

/**
 * The top-level terms of Open Eligibility's human services taxonomy (openeligibility.org, the
 * taxonomy HSDS examples use), spelt as the taxonomy spells them. The open-data export publishes
 * a category's term as a taxonomy term, so a term that does not exist would mislead every reuser.
 */
export const openEligibilityTerms = [
  'Emergency',
  'Food',
  'Housing',
  'Goods',
  'Transit',
  'Health',
  'Money',
  'Care',
  'Education',
  'Work',
  'Legal',
] as const;

// ---------------------------------------------------------------------------------------------
// Field building blocks.


/**
 * Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). One of
 * them in a name reverses or reorders the text after it wherever the name is shown, page titles,
 * feeds and other sites' copies of the open data included, and most of those places cannot
 * isolate it. Refused in every text field, so no output has to. The marks U+200E and U+200F stay
 * allowed: Arabic and Persian text uses them to place punctuation and numbers.
 */
const bidiControls = /[\u202A-\u202E\u2066-\u2069]/;
/** Control characters other than tab and line breaks: invisible, and some end feed lines or XML. */
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * Text an editor writes: trimmed, not empty, at most `max` characters (every text field has a
 * limit, so one pasted megabyte cannot multiply across every page and locale that shows it), and
 * free of characters that would change how the text around it is shown.
 */
const editorText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !bidiControls.test(s), 'must not contain bidirectional control characters (U+202A–U+202E, U+2066–U+2069); the marks U+200E and U+200F are fine')
    .refine((s) => !controlCharacters.test(s), 'must not contain control characters');
/** A reference to another record by its slug; `meta.ref` names the collection it points into. */
const ref = (collection: 'towns' | 'providers' | 'categories' | 'services', description: string) =>
  z
    .string()
    .max(80, 'must be at most 80 characters')
    .regex(slugPattern, 'must be a slug: lowercase letters, digits and single hyphens')
    .describe(description)
    .meta({ ref: collection });

/** A calendar date written as YYYY-MM-DD that exists (no 31 April). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'is not a real calendar date');

/** A local wall-clock time, HH:MM, 24-hour. */
const localTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be a time written HH:MM');

/** An IANA timezone the runtime knows (Europe/Rome, not CET or +01:00). */
export const ianaTimezone = z
  .string()
  .max(64, 'must be at most 64 characters')
  .refine((tz) => {
    if (!tz.includes('/') && tz !== 'UTC') return false;
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'is not a known IANA timezone (write it like Europe/Rome)');

const languageCode = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-[A-Z]{2})?$/, 'must be a BCP-47 language code such as ar or fa-AF')
  // The CMS offers languages by name and stores the code.
  .meta({ format: 'language' });

const phone = z
  .string()
  .max(16, 'must be at most 16 characters')
  .regex(/^\+[1-9]\d{6,14}$/, 'must be an international number with no spaces, such as +390612345678');

const webUrl = z
  .url({ protocol: /^https?$/, error: 'must be a web address starting with https://' })
  .max(1000, 'must be at most 1000 characters');
/** An email address, at most the 254 characters SMTP allows. */
const email = z.email('must be an email address').max(254, 'must be at most 254 characters');

/** Ways to reach someone. Every field optional; the page shows the ones present. */
export const contacts = z
  .strictObject({
    phone: phone.optional().describe('Phone number for calls'),
    sms: phone.optional().describe('Number that accepts text messages'),
    whatsapp: phone.optional().describe('WhatsApp number'),
    email: email.optional().describe('Email address'),
    website: webUrl.optional().describe('Web page with more information'),
  })
  // A walk-in service may have none: the group can be left empty (and is then left out of the file).
  .default({})
  .describe('Contacts');

const openingHours = z
  .strictObject({
    days: z.array(z.enum(weekdays)).min(1).describe('Days these hours apply to'),
    opens: localTime.describe('Opening time, local to the town (HH:MM)'),
    closes: localTime.describe('Closing time, local to the town (HH:MM)'),
  })
  .refine((h) => h.closes > h.opens, { message: 'closes must be later than opens', path: ['closes'] })
  // One item of a list of hours, as the CMS counts them ("2 days and hours").
  .describe('Days and hours');

const geo = z
  .strictObject({
    lat: z.number().min(-90).max(90).describe('Latitude'),
    lon: z.number().min(-180).max(180).describe('Longitude'),
  })
  .describe('Map coordinates');

const street = editorText(120).describe('Street and number');
const postalCode = editorText(12).describe('Postal code');
const address = z
  .strictObject({
    street,
    postalCode,
    town: ref('towns', 'Town the address is in'),
  })
  .describe('Postal address');

const location = z
  .strictObject({
    name: editorText(120).describe('Name of the place, as written on its door'),
    address,
    geo,
    hours: z.array(openingHours).default([]).describe('Opening hours (leave empty for "by appointment")'),
    accessible: z.boolean().default(false).describe('Step-free access'),
  })
  .describe('Location');

// Optional translatable text: Decap writes "" or [] for an untouched field, which means "not
// translated", not "translated as nothing".
const blankToUndefined = (v: unknown) =>
  v === '' || v === null || (Array.isArray(v) && v.length === 0) ? undefined : v;
/**
 * Text shown as it is written (pages, JSON-LD, CSV, feeds): markdown there would show raw, so
 * paired emphasis and links are refused (lib/content/markdown.ts decides what is markup; "Tue*" and
 * "snake_case" are fine).
 */
const requiredText = (max: number) =>
  editorText(max).refine((s) => !hasMarkdownMarkup(s), 'plain text: no *emphasis* or links; remove the marks around the words');
const text = (max: number) => z.preprocess(blankToUndefined, requiredText(max).optional());
/** Optional text the site renders as markdown (lib/content/markdown.ts); the CMS gives it a markdown editor. */
const markdown = (max: number) => z.preprocess(blankToUndefined, editorText(max).optional()).meta({ format: 'markdown' });
const steps = z.preprocess(
  blankToUndefined,
  z.array(requiredText(400).describe('Step')).min(1).optional(),
);

/**
 * What a person must bring, as groups of alternatives: one document of every group. "Asylum
 * seeker's card *or* residence permit, plus health card" is two groups, the first of two
 * documents. Written in YAML as `- oneOf: [asylum-card, residence-permit]`; a plain document
 * (`- health-card`) is a group of one. That shorthand keeps every list written before groups
 * existed valid and meaning what it meant (`[passport, tax-code]`: both), and it is how the
 * serializer writes a group of one (`content/serialize.ts`). Read, a group is always `{ oneOf }`.
 */
export const documentGroup = z
  .preprocess(
    (value) => (typeof value === 'string' ? { oneOf: [value] } : value),
    z.strictObject({
      oneOf: z
        .array(z.enum(documentTypes).describe('Document'))
        .min(1, 'a group needs at least one document: choose one, or remove the group')
        .describe('One of these documents (choose several when any one of them will do)'),
    }),
  )
  // The CMS writes a group of one as its plain document; see `shorthandOf`.
  .meta({ shorthand: 'oneOf' })
  .describe('Group of documents');

/**
 * A list of document groups (a service's, a town's arrival step's). A document may appear once in
 * the whole list: twice in one group says nothing, and in two groups it would make one of them
 * read as "either this or that" while both are asked for.
 */
export const documentGroups = z.array(documentGroup).superRefine((groups, ctx) => {
  const seen = new Set<string>();
  groups.forEach((group, i) =>
    group.oneOf.forEach((document, j) => {
      if (seen.has(document)) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'oneOf', j],
          message: `${document} is listed twice: list each document once (a group of several means any one of them)`,
        });
      }
      seen.add(document);
    }),
  );
});

/**
 * The key a shorthand item stands for, when `schema` (an element of a list) allows writing a group
 * of one as its plain value (`documentGroup`): the serializer writes such an item that way, and
 * the CMS's format reads it back as a group.
 */
export function shorthandOf(schema: z.ZodType): string | undefined {
  const key = schema.meta()?.shorthand;
  return typeof key === 'string' ? key : undefined;
}

/** Units of an arrival step's deadline ("within 8 days of arrival"). */
export const arrivalUnits = ['days', 'weeks', 'months'] as const;

/** An arrival step's key: a slug, unique in its town, that ties its text in every language to it. */
const stepKey = (description: string) =>
  z
    .string()
    .max(40, 'must be at most 40 characters')
    .regex(slugPattern, 'must be a slug: lowercase letters, digits and single hyphens')
    .describe(description);

/**
 * One of a town's first steps on arrival, its structured half (the town's default-locale file):
 * the service that does it, how soon after arrival, what to bring and whom it is for. Its words
 * are `arrivalStepText`, matched by `step`, so a translation can say what to do without repeating
 * (or contradicting) the service, the deadline or the documents. The reader checks that the
 * service exists and serves the town (read.ts).
 */
export const arrivalStep = z
  .strictObject({
    step: stepKey('Short key of the step (such as register: it ties the text in every language to it)'),
    service: ref('services', 'Service that does it'),
    within: z
      .strictObject({
        amount: z.number().int().min(1).max(366).describe('How many days, weeks or months'),
        unit: z.enum(arrivalUnits).describe('Days, weeks or months'),
      })
      .optional()
      .describe('Deadline after arrival (leave empty when there is none)'),
    documents: documentGroups
      .default([])
      .describe('Documents to bring (one of each group; a group of several documents means any one of them will do)'),
    residenceStatuses: z
      .array(z.enum(residenceStatuses))
      .default([])
      .describe('Residence statuses the step is for (empty: any status)'),
    audiences: z.array(z.enum(audiences)).default([]).describe('Groups the step is for (empty: everyone)'),
    ageMin: z.number().int().min(0).max(120).optional().describe('Youngest age the step is for (leave empty if there is no lower limit)'),
    ageMax: z.number().int().min(0).max(120).optional().describe('Oldest age the step is for (leave empty if there is no upper limit)'),
  })
  .refine((s) => s.ageMin === undefined || s.ageMax === undefined || s.ageMin <= s.ageMax, {
    message: 'ageMin must not be greater than ageMax',
    path: ['ageMax'],
  })
  .describe('Arrival step');

/** A step's words in one language: what to do, and the deadline in words where a number cannot say it. */
export const arrivalStepText = z
  .strictObject({
    step: stepKey('Key of the step this text belongs to (as written in the step)'),
    todo: requiredText(400).describe('What to do'),
    when: text(160).describe('When, in words (such as "before the first school day"; leave empty to show the deadline only)'),
  })
  .describe('Arrival step text');

/** Keys listed twice in a list of steps or step texts: each key once, so a text has one step. */
const uniqueSteps = (items: readonly { step: string }[], ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.step)) ctx.addIssue({ code: 'custom', path: [i, 'step'], message: `step "${item.step}" is listed twice: give each step its own key` });
    seen.add(item.step);
  });
};

/** Notes listed twice for one topic: a town writes one practice note per topic. */
const uniqueTopics = (items: readonly { category: string }[], ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.category)) {
      ctx.addIssue({ code: 'custom', path: [i, 'category'], message: `"${item.category}" has two notes: write one note per topic` });
    }
    seen.add(item.category);
  });
};

/**
 * A town's practice note on a topic, its structured half (the town's default-locale profile): the
 * topic and whom other towns can ask. Peer learning for the network's coordinators and editors,
 * shown on the topic's comparison between towns. Its words are `practiceNoteText`, matched by
 * `category` as an arrival step's are by `step`; the reader checks the topic exists (read.ts).
 */
export const practiceNote = z
  .strictObject({
    category: ref('categories', 'Topic the note is about'),
    contacts: contacts.describe('Whom other towns can ask about it'),
  })
  .describe('Practice note');

/** A practice note's words in one language. */
export const practiceNoteText = z
  .strictObject({
    category: ref('categories', 'Topic of the note this text belongs to (as chosen in the note)'),
    title: requiredText(140).describe('Title (such as "How we run school enrolment for newcomers")'),
    whatWorks: editorText(1500)
      .describe('What works, and what to watch out for (markdown: paragraphs, lists, links)')
      .meta({ format: 'markdown' }),
    contactName: text(120).describe('Who to ask (name or role, such as "Maria Rossi, school desk")'),
  })
  .describe('Practice note text');

// ---------------------------------------------------------------------------------------------
// Record kinds.

export const townShared = z.strictObject({
  timezone: ianaTimezone.describe('IANA timezone of the town, such as Europe/Rome'),
  // Postal addresses in the open-data export (HSDS) need both; without them it leaves addresses out.
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be a two-letter ISO 3166-1 country code such as IT or GR')
    .optional()
    .describe('Country, as a two-letter ISO 3166-1 code (IT, GR)'),
  region: editorText(80).optional().describe('Region or province, as written in postal addresses'),
  officeLanguages: z.array(languageCode).min(1).describe('Languages the town office speaks'),
  office: z
    .strictObject({
      address: z.strictObject({ street, postalCode }),
      geo,
      hours: z.array(openingHours).default([]),
      contacts,
    })
    .describe('The town office for newcomers'),
  contentContact: email.describe('Who receives "this information is outdated" reports'),
  arrivalSteps: z
    .array(arrivalStep)
    .superRefine(uniqueSteps)
    .default([])
    .describe('First steps on arrival, in the order to do them'),
  practiceNotes: z
    .array(practiceNote)
    .superRefine(uniqueTopics)
    .default([])
    .describe('Practice notes: how the town runs a topic, for other towns to learn from (one per topic)'),
});
export const townText = z.strictObject({
  name: requiredText(80).describe('Name of the town'),
  description: text(600).describe('One or two sentences about the town for newcomers'),
  officeName: requiredText(120).describe('Name of the town office'),
  arrival: z
    .preprocess(blankToUndefined, z.array(arrivalStepText).superRefine(uniqueSteps).optional())
    .describe('What to do at each arrival step, in this language (one item per step, by its key)'),
  practice: z
    .preprocess(blankToUndefined, z.array(practiceNoteText).superRefine(uniqueTopics).optional())
    .describe('The practice notes in this language (one item per note, by its topic)'),
});

export const categoryShared = z.strictObject({
  order: z.number().int().min(0).describe('Position in lists'),
  openEligibility: z.enum(openEligibilityTerms).describe('Matching top-level Open Eligibility term'),
  icon: z
    .string()
    .max(40, 'must be at most 40 characters')
    .regex(/^[a-z-]+$/, 'must be an icon name: lowercase letters and hyphens')
    .describe('Icon name'),
});
/**
 * One word or short phrase people type when they look for a category's services ("GP", "dentist",
 * "lawyer"): indexed by search on every service of the category, never shown. Letters, digits,
 * spaces, hyphens and apostrophes only, so nothing in it can act as markup or a search operator.
 */
const searchWord = requiredText(40).regex(
  /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} '’\u200c-]*$/u,
  'must be a word or short phrase: letters, digits, spaces, hyphens and apostrophes only',
);
export const categoryText = z.strictObject({
  name: requiredText(60).describe('Name of the category'),
  description: text(300).describe('What this category covers'),
  searchWords: z
    .preprocess(blankToUndefined, z.array(searchWord.describe('Search word')).max(40, 'must list at most 40 words').optional())
    .describe(
      'Words people use when they look for this kind of help (doctor, GP, dentist…), one per line: search finds the services of this category by them; not shown on pages',
    ),
});

export const providerShared = z.strictObject({
  type: z.enum(providerTypes).describe('Kind of organisation'),
  towns: z.array(ref('towns', 'Town')).min(1).describe('Towns the provider works in'),
  contacts,
  // Who owns a record is where its file is: an organisation with editors keeps its services and
  // calendar entries in towns/<town>/orgs/<provider>/ (read.ts), which the town still approves.
  editors: z
    .boolean()
    .default(false)
    .describe(
      'The organisation has its own editors: its services and calendar entries live in its own folder of each of its towns (towns/<town>/orgs/<provider>/), edited in its own admin and approved by the town',
    ),
});
export const providerText = z.strictObject({
  name: requiredText(120).describe('Name of the organisation'),
  description: markdown(800).describe('What the organisation does (markdown: paragraphs, lists, links)'),
});

export const eligibility = z
  .strictObject({
    residenceStatuses: z
      .array(z.enum(residenceStatuses))
      .default([])
      .describe('Residence statuses the service is for (empty: any status)'),
    audiences: z.array(z.enum(audiences)).default([]).describe('Groups the service is for (empty: everyone)'),
    ageMin: z.number().int().min(0).max(120).optional().describe('Youngest age served (in years; leave empty if there is no lower limit)'),
    ageMax: z.number().int().min(0).max(120).optional().describe('Oldest age served (in years; leave empty if there is no upper limit)'),
    residence: z.enum(residenceRequirements).default('none').describe('Where the person must live or be registered'),
    residenceMonths: z
      .number()
      .int()
      .min(0)
      .max(120)
      .default(0)
      .describe('Months of residence or registration required first'),
    documents: documentGroups
      .default([])
      .describe('Documents to bring (one of each group; a group of several documents means any one of them will do)'),
  })
  .refine((e) => e.ageMin === undefined || e.ageMax === undefined || e.ageMin <= e.ageMax, {
    message: 'ageMin must not be greater than ageMax',
    path: ['ageMax'],
  })
  .refine((e) => e.residence !== 'none' || e.residenceMonths === 0, {
    message: 'residenceMonths needs a residence requirement',
    path: ['residenceMonths'],
  })
  .describe('Who may use the service');

export const serviceShared = z.strictObject({
  provider: ref('providers', 'Organisation that runs the service'),
  towns: z.array(ref('towns', 'Town')).min(1).describe('Towns whose residents the service serves'),
  categories: z.array(ref('categories', 'Category')).min(1).describe('Categories, main one first'),
  status: z.enum(serviceStatuses).default('active').describe('Is the service running?'),
  eligibility,
  cost: z
    .strictObject({
      type: z.enum(costTypes).describe('Free, reduced or paid'),
      amountEUR: z.number().min(0).optional().describe('Price in euros, if any'),
    })
    .describe('Cost'),
  appointment: z.enum(appointmentTypes).describe('Is an appointment needed?'),
  languages: z.array(languageCode).min(1).describe('Languages the service is delivered in (every language staff speak with visitors)'),
  interpretation: z.boolean().default(false).describe('Interpretation can be arranged'),
  locations: z.array(location).default([]).describe('Where the service is given'),
  contacts,
  // Checked "in 2099" would also hide the "may be outdated" note for decades.
  reviewed: isoDate
    .refine((d) => d <= latestDateOnEarth(checkingNow()), 'is in the future: give the date the information was actually checked')
    .describe('Date the information was last checked (the day someone confirmed these details with the service)')
    // The CMS shows a date input with a one-tap "Checked today".
    .meta({ format: 'date', todayButton: true }),
});
export const serviceText = z.strictObject({
  name: requiredText(120).describe('Name of the service'),
  summary: requiredText(300).describe('One sentence: what the service does for whom'),
  description: markdown(3000).describe('More detail (markdown: paragraphs, lists, links)'),
  applySteps: steps.describe('How to apply, one step per item'),
  eligibilityNote: text(600).describe('Anything about eligibility the structured fields cannot say'),
  costNote: text(300).describe('Details about the cost'),
  movingNote: text(400).describe(
    'What to do about this service when moving to or from the town (such as "tell the school two weeks before; the file is sent to the new school")',
  ),
});

/** What a calendar entry is. */
export const calendarKinds = ['deadline', 'application-window', 'service-day', 'event'] as const;
/** Whether an entry happens as announced. */
export const entryStatuses = ['confirmed', 'cancelled', 'moved'] as const;

/** A local date and time in the entry's timezone, YYYY-MM-DDTHH:MM (no offset: the town's clock). */
export const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T(?:[01]\d|2[0-3]):[0-5]\d$/, 'must be a local date and time written YYYY-MM-DDTHH:MM')
  .refine((s) => isoDate.safeParse(s.slice(0, 10)).success, 'is not a real calendar date');

/**
 * An RRULE, read by rrule's parser part by part (`ruleProblem` in recurrence.ts says why one is
 * refused). Not trimmed: a stray line break or control character anywhere is refused, never
 * quietly cut, since a feed writes the rule as its own line. The pattern after it is for the CMS,
 * which checks a field with its pattern (it never fails where the parser passed).
 */
export const rrule = z
  .string()
  .superRefine((value, ctx) => {
    const problem = ruleProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, continue: false });
  })
  .regex(rulePattern, 'must be an RRULE such as FREQ=MONTHLY;BYDAY=1TU (no "RRULE:" prefix, no spaces)')
  .describe('RFC 5545 recurrence rule, e.g. FREQ=MONTHLY;BYDAY=1TU');

export const calendarShared = z
  .strictObject({
    kind: z.enum(calendarKinds).describe('Deadline, application window, service day or event'),
    towns: z.array(ref('towns', 'Town')).min(1).describe('Towns the entry concerns'),
    categories: z.array(ref('categories', 'Category')).default([]).describe('Topics'),
    services: z.array(ref('services', 'Service')).default([]).describe('Related services'),
    timezone: ianaTimezone.optional().describe("Timezone of the times below; defaults to the first town's"),
    allDay: z
      .strictObject({
        start: isoDate.describe('First day (for a deadline, the deadline day)'),
        end: isoDate.optional().describe('Last day, included (leave empty for a single day)'),
      })
      .refine((d) => d.end === undefined || d.end >= d.start, { message: 'end must not be before start', path: ['end'] })
      .optional()
      .describe('For deadlines and windows: whole days'),
    timed: z
      .strictObject({
        start: localDateTime.describe('Starts, in local time (day and time of the first occurrence)'),
        end: localDateTime.describe('Ends, in local time (day and time the first occurrence ends)'),
      })
      .refine((d) => d.end > d.start, { message: 'end must be after start', path: ['end'] })
      .optional()
      .describe('For service days and events: local start and end times'),
    recurrence: z
      .strictObject({
        rrule,
        exdates: z
          .array(isoDate.describe('Day without an occurrence'))
          .default([])
          .describe('Days without an occurrence (holidays and closures: nothing is shown on them)'),
        cancelled: z
          .array(isoDate.describe('Cancelled day'))
          .default([])
          .describe('Cancelled days (still listed, marked as cancelled)'),
      })
      .optional()
      .describe('Repeats, for rotating service days'),
    location: z
      .strictObject({
        name: editorText(120).describe('Name of the place'),
        address,
        geo: geo.optional(),
      })
      .optional()
      .describe('Where it happens (leave empty for deadlines)'),
    status: z.enum(entryStatuses).default('confirmed').describe('Confirmed, cancelled or moved'),
    updated: z.iso
      .datetime({ offset: true, error: 'must be a date-time such as 2026-10-02T09:15:00Z' })
      .describe('When this entry was last changed (feeds use it for LAST-MODIFIED)'),
  })
  .refine((e) => (e.allDay === undefined) !== (e.timed === undefined), {
    message: 'give either allDay or timed, not both and not neither',
    path: ['timed'],
  });
export const calendarText = z.strictObject({
  title: requiredText(140).describe('Title'),
  description: markdown(2000).describe('What it is and what to do (markdown: paragraphs, lists, links)'),
  statusNote: text(300).describe('Why it was cancelled or where it moved'),
});

export const networkSettings = z.strictObject({
  staleAfterDays: z
    .number()
    .int()
    .min(30)
    .default(365)
    .describe('A service not checked for this many days shows a "may be outdated" note'),
});

/** Every record kind, in the order the loader reads them (towns first: others refer to them). */
export const recordKinds = {
  towns: { shared: townShared, text: townText },
  categories: { shared: categoryShared, text: categoryText },
  providers: { shared: providerShared, text: providerText },
  services: { shared: serviceShared, text: serviceText },
  calendar: { shared: calendarShared, text: calendarText },
} as const;

export type RecordKind = keyof typeof recordKinds;

const fileSchemaCache = new Map<RecordKind, { file: z.ZodType; translation: z.ZodType }>();

/**
 * The schemas a record's files are read with, one definition for the build's reader and the CMS's
 * save-time check: the default-locale file (shared and text fields, nothing else) and a
 * translation file (text fields only, each optional). Built once per kind.
 */
export function fileSchemas(kind: RecordKind): { file: z.ZodType; translation: z.ZodType } {
  let schemas = fileSchemaCache.get(kind);
  if (!schemas) {
    const { shared, text } = recordKinds[kind];
    const textObject = text as unknown as z.ZodObject;
    schemas = {
      file: (shared as unknown as z.ZodObject).extend(textObject.shape).strict(),
      translation: textObject.partial().strict(),
    };
    fileSchemaCache.set(kind, schemas);
  }
  return schemas;
}
export type TownShared = z.infer<typeof townShared>;
export type TownText = z.infer<typeof townText>;
export type ArrivalStep = z.infer<typeof arrivalStep>;
export type ArrivalStepText = z.infer<typeof arrivalStepText>;
export type ArrivalUnit = (typeof arrivalUnits)[number];
export type PracticeNote = z.infer<typeof practiceNote>;
export type PracticeNoteText = z.infer<typeof practiceNoteText>;
export type CategoryShared = z.infer<typeof categoryShared>;
export type CategoryText = z.infer<typeof categoryText>;
export type ProviderShared = z.infer<typeof providerShared>;
export type ProviderText = z.infer<typeof providerText>;
export type ServiceShared = z.infer<typeof serviceShared>;
export type ServiceText = z.infer<typeof serviceText>;
export type Eligibility = z.infer<typeof eligibility>;
export type DocumentType = (typeof documentTypes)[number];
/** One group of documents as read: any one of `oneOf` will do. */
export type DocumentGroup = z.infer<typeof documentGroup>;
export type NetworkSettings = z.infer<typeof networkSettings>;
export type Weekday = (typeof weekdays)[number];
type CalendarFields = z.infer<typeof calendarShared>;
/**
 * An entry's timing as the refinement of `calendarShared` guarantees it: whole days or local times,
 * exactly one of the two (the YAML keys are the same). Code that has ruled one out uses the other
 * without an assertion.
 */
export type CalendarTiming =
  | { allDay: NonNullable<CalendarFields['allDay']>; timed?: undefined }
  | { timed: NonNullable<CalendarFields['timed']>; allDay?: undefined };
export type CalendarShared = Omit<CalendarFields, 'allDay' | 'timed'> & CalendarTiming;
export type CalendarText = z.infer<typeof calendarText>;
