/**
 * The bad-content corpus: one small case per class of bad content and per kind of field, each
 * run through the content reader on a scratch copy of the small fixture network with one file
 * changed, and each expected to be refused with the file and field named (and, where `only` is
 * set, with no other problem reported alongside it, since noise sends editors to the wrong file).
 *
 * Recurrence rules and feeds have their own cases in tests/unit/recurrence.test.ts and the feed
 * tests; the build-level half (allowed but hostile text stays inert in every output) is
 * tests/build/bad-content.test.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readNetwork } from '~/lib/content/read';
import { change, fixtureText, problemsOf, removeVariants, variant, withField, type ContentEdit } from '../helpers/content';

afterEach(removeVariants);

const housing = 'towns/alpha/services/en/alpha-housing.yml';
const housingAr = 'towns/alpha/services/ar/alpha-housing.yml';
const clinic = 'towns/alpha/calendar/en/alpha-clinic.yml';
const alpha = 'towns/alpha/profile/en/alpha.yml';
const food = 'network/categories/en/food.yml';
const council = 'towns/alpha/providers/en/alpha-council.yml';
const alphaAr = 'towns/alpha/profile/ar/alpha.yml';

const long = (n: number) => 'x'.repeat(n);
const utf16 = (text: string) => new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');

interface Case {
  name: string;
  edit: ContentEdit;
  file: string;
  field: string;
  message: RegExp;
  /** The refusal is the only problem reported. */
  only?: boolean;
}

const cases: Case[] = [
  // Files the reader would not load: each is named, never skipped.
  {
    name: 'a misspelt collection folder',
    edit: { 'network/sevices/en/extra.yml': fixtureText('network/services/en/joint-food.yml') },
    file: 'network/sevices',
    field: '',
    message: /not read by the build/,
    only: true,
  },
  {
    name: 'a wrong top-level folder',
    edit: { 'town/alpha/services/en/extra.yml': fixtureText(housing) },
    file: 'town',
    field: '',
    message: /holds only the folders network and towns/,
    only: true,
  },
  {
    name: 'a misspelt folder in a town',
    edit: { 'towns/alpha/sevices/en/extra.yml': fixtureText(housing) },
    file: 'towns/alpha/sevices',
    field: '',
    message: /not read by the build/,
    only: true,
  },
  {
    name: 'a .yaml file beside the .yml of the same slug',
    edit: { 'towns/alpha/services/en/alpha-housing.yaml': fixtureText(housing) },
    file: 'towns/alpha/services/en/alpha-housing.yaml',
    field: '',
    message: /end in \.yml/,
    only: true,
  },
  {
    name: 'a .yaml record, without orphaning its translation',
    edit: { [housing]: null, 'towns/alpha/services/en/alpha-housing.yaml': fixtureText(housing) },
    file: 'towns/alpha/services/en/alpha-housing.yaml',
    field: '',
    message: /end in \.yml/,
    only: true,
  },
  {
    name: 'a hidden .DS_Store',
    edit: { 'towns/alpha/services/en/.DS_Store': 'Bud1' },
    file: 'towns/alpha/services/en/.DS_Store',
    field: '',
    message: /hidden file/,
    only: true,
  },
  {
    name: 'a hidden record file',
    edit: { 'towns/alpha/services/en/.extra.yml': fixtureText(housing) },
    file: 'towns/alpha/services/en/.extra.yml',
    field: '',
    message: /hidden file/,
    only: true,
  },
  {
    name: 'a record one folder too deep',
    edit: { 'towns/alpha/services/en/old/extra.yml': fixtureText(housing) },
    file: 'towns/alpha/services/en/old',
    field: '',
    message: /wrong depth/,
    only: true,
  },
  {
    name: 'a record one folder too shallow',
    edit: { 'towns/alpha/services/extra.yml': fixtureText(housing) },
    file: 'towns/alpha/services/extra.yml',
    field: '',
    message: /only locale folders/,
    only: true,
  },
  {
    name: 'an unknown file in network/',
    edit: { 'network/notes.md': '# notes' },
    file: 'network/notes.md',
    field: '',
    message: /holds only settings\.yml/,
    only: true,
  },
  {
    name: 'network settings as .yaml',
    edit: { 'network/settings.yaml': 'staleAfterDays: 90\n' },
    file: 'network/settings.yaml',
    field: '',
    message: /not read by the build/,
    only: true,
  },
  {
    name: 'a file among the town folders',
    edit: { 'towns/notes.txt': 'x' },
    file: 'towns/notes.txt',
    field: '',
    message: /one folder per town/,
    only: true,
  },
  {
    name: 'a file in a town folder',
    edit: { 'towns/alpha/alpha.yml': fixtureText(alpha) },
    file: 'towns/alpha/alpha.yml',
    field: '',
    message: /not read by the build/,
    only: true,
  },
  {
    name: 'a file beside network and towns',
    edit: { 'README.md': 'x' },
    file: 'README.md',
    field: '',
    message: /holds only the folders network and towns/,
    only: true,
  },

  // Text: every field has a limit, and no bidirectional or other control characters.
  {
    name: 'a location name over its limit',
    edit: withField(housing, 'locations[0].name', long(121)),
    file: housing,
    field: 'locations[0].name',
    message: /at most 120 characters/,
    only: true,
  },
  {
    name: 'a street over its limit',
    edit: withField(housing, 'locations[0].address.street', long(121)),
    file: housing,
    field: 'locations[0].address.street',
    message: /at most 120 characters/,
    only: true,
  },
  {
    name: 'a postal code over its limit',
    edit: withField(alpha, 'office.address.postalCode', long(13)),
    file: alpha,
    field: 'office.address.postalCode',
    message: /at most 12 characters/,
    only: true,
  },
  {
    name: "a calendar entry's place name over its limit",
    edit: withField(clinic, 'location.name', long(121)),
    file: clinic,
    field: 'location.name',
    message: /at most 120 characters/,
    only: true,
  },
  {
    name: 'a region over its limit',
    edit: withField(alpha, 'region', long(81)),
    file: alpha,
    field: 'region',
    message: /at most 80 characters/,
    only: true,
  },
  {
    name: 'a category search word with markup',
    edit: withField(food, 'searchWords', ['meal', '<img src=x onerror=alert(1)>']),
    file: food,
    field: 'searchWords[1]',
    message: /letters, digits, spaces, hyphens and apostrophes only/,
    only: true,
  },
  {
    name: 'a category search word over 40 characters',
    edit: withField(food, 'searchWords', [long(41)]),
    file: food,
    field: 'searchWords[0]',
    message: /at most 40 characters/,
    only: true,
  },
  {
    name: 'a category with more than 40 search words',
    edit: withField(
      food,
      'searchWords',
      Array.from({ length: 41 }, (_, i) => `word ${i}`),
    ),
    file: food,
    field: 'searchWords',
    message: /at most 40 words/,
    only: true,
  },
  {
    name: 'a category icon over its limit',
    edit: withField(food, 'icon', long(41)),
    file: food,
    field: 'icon',
    message: /at most 40 characters/,
    only: true,
  },
  {
    name: 'a name with a right-to-left override',
    edit: withField(housing, 'name', 'Alpha \u202Egnisuoh\u202C social'),
    file: housing,
    field: 'name',
    message: /bidirectional control characters/,
    only: true,
  },
  {
    name: 'a translated name with an isolate',
    edit: withField(housingAr, 'name', 'السكن \u2067x\u2069'),
    file: housingAr,
    field: 'name',
    message: /bidirectional control characters/,
    only: true,
  },
  {
    name: 'a place name with a bidirectional embedding',
    edit: withField(clinic, 'location.name', 'Town \u202BHall'),
    file: clinic,
    field: 'location.name',
    message: /bidirectional control characters/,
    only: true,
  },
  {
    name: 'a summary with a control character',
    edit: withField(housing, 'summary', 'Council\u0007 flats'),
    file: housing,
    field: 'summary',
    message: /control characters/,
    only: true,
  },
  {
    name: 'a cost note with markdown emphasis',
    edit: withField(housing, 'costNote', 'A small fee (*ticket*)'),
    file: housing,
    field: 'costNote',
    message: /plain text: no \*emphasis\* or links/,
    only: true,
  },
  {
    name: 'an apply step over its limit',
    edit: withField(housing, 'applySteps[1]', long(401)),
    file: housing,
    field: 'applySteps[1]',
    message: /at most 400 characters/,
    only: true,
  },

  // Markdown.
  {
    name: 'a markdown description over its limit',
    edit: withField(housing, 'description', long(3001)),
    file: housing,
    field: 'description',
    message: /at most 3000 characters/,
    only: true,
  },
  {
    name: 'a markdown description with an override',
    edit: withField(clinic, 'description', 'Walk in \u202Eni klaw'),
    file: clinic,
    field: 'description',
    message: /bidirectional/,
    only: true,
  },

  // URL, email, phone.
  {
    name: 'a javascript: website',
    edit: withField(council, 'contacts.website', 'javascript:alert(1)'),
    file: council,
    field: 'contacts.website',
    message: /web address/,
    only: true,
  },
  {
    name: 'a protocol-relative website',
    edit: withField(council, 'contacts.website', '//evil.example/x'),
    file: council,
    field: 'contacts.website',
    message: /web address/,
    only: true,
  },
  {
    name: 'a website over its limit',
    edit: withField(council, 'contacts.website', `https://alpha.example/${long(1000)}`),
    file: council,
    field: 'contacts.website',
    message: /at most 1000 characters/,
    only: true,
  },
  {
    name: 'an email that is not one',
    edit: withField(council, 'contacts.email', 'office at alpha'),
    file: council,
    field: 'contacts.email',
    message: /email address/,
    only: true,
  },
  {
    name: 'an email over its limit',
    edit: withField(council, 'contacts.email', `${long(250)}@alpha.example`),
    file: council,
    field: 'contacts.email',
    message: /at most 254 characters|email address/,
    only: true,
  },
  {
    name: 'a phone number with spaces',
    edit: withField(council, 'contacts.phone', '+39 06 0000 0002'),
    file: council,
    field: 'contacts.phone',
    message: /international number/,
    only: true,
  },

  // Dates, times, references, fixed terms.
  {
    name: 'a reviewed date in 2099',
    edit: withField(housing, 'reviewed', '2099-01-01'),
    file: housing,
    field: 'reviewed',
    message: /in the future/,
    only: true,
  },
  {
    name: 'a date that does not exist',
    edit: withField(housing, 'reviewed', '2026-02-30'),
    file: housing,
    field: 'reviewed',
    message: /not a real calendar date/,
    only: true,
  },
  {
    name: 'an opening time past midnight',
    edit: withField(housing, 'locations[0].hours[0].opens', '25:00'),
    file: housing,
    field: 'locations[0].hours[0].opens',
    message: /time written HH:MM/,
  },
  {
    name: 'an entry start that is not a local date-time',
    edit: withField(clinic, 'timed.start', '2026-10-06 09:00'),
    file: clinic,
    field: 'timed.start',
    message: /YYYY-MM-DDTHH:MM/,
  },
  {
    name: 'a reference to no provider',
    edit: withField(housing, 'provider', 'nobody'),
    file: housing,
    field: 'provider',
    message: /unknown provider "nobody"/,
    only: true,
  },
  {
    name: 'a reference that is not a slug',
    edit: withField(housing, 'categories[0]', 'Housing <b>'),
    file: housing,
    field: 'categories[0]',
    message: /must be a slug/,
  },
  // Documents: groups of alternatives (alpha-housing asks for a passport or a residence permit, and proof of income).
  {
    name: 'an empty group of documents',
    edit: withField(housing, 'eligibility.documents[0].oneOf', []),
    file: housing,
    field: 'eligibility.documents[0].oneOf',
    message: /a group needs at least one document/,
    only: true,
  },
  {
    name: 'a group of documents written with no documents at all',
    edit: withField(housing, 'eligibility.documents[1]', {}),
    file: housing,
    field: 'eligibility.documents[1].oneOf',
    message: /required field is missing/,
    only: true,
  },
  {
    name: 'a document in two groups',
    edit: withField(housing, 'eligibility.documents[1]', 'passport'),
    file: housing,
    field: 'eligibility.documents[1].oneOf[0]',
    message: /passport is listed twice/,
    only: true,
  },
  {
    name: 'a document twice in one group',
    edit: withField(housing, 'eligibility.documents[0].oneOf[1]', 'passport'),
    file: housing,
    field: 'eligibility.documents[0].oneOf[1]',
    message: /passport is listed twice/,
    only: true,
  },
  {
    name: 'markup in place of a document',
    edit: withField(housing, 'eligibility.documents[0].oneOf[0]', '<b>passport</b>'),
    file: housing,
    field: 'eligibility.documents[0].oneOf[0]',
    message: /choose one of the options/,
    only: true,
  },
  {
    name: 'a document not on the list, written as shorthand',
    edit: withField(housing, 'eligibility.documents[1]', 'driving-licence'),
    file: housing,
    field: 'eligibility.documents[1].oneOf[0]',
    message: /choose one of the options/,
    only: true,
  },
  {
    name: 'a group with a misspelt key',
    edit: withField(housing, 'eligibility.documents[0]', { oneof: ['passport'] }),
    file: housing,
    field: 'eligibility.documents[0].oneof',
    message: /unknown field/,
  },
  {
    name: 'an Open Eligibility term that does not exist',
    edit: withField(food, 'openEligibility', 'Groceries'),
    file: food,
    field: 'openEligibility',
    message: /must be one of: Emergency, Food, .*Legal/,
    only: true,
  },

  // Arrival steps (a town profile's structured steps and their text in each language).
  {
    name: 'an arrival step sending newcomers to a service that does not exist',
    edit: change(alpha, 'service: alpha-housing', 'service: alpha-housing-office'),
    file: alpha,
    field: 'arrivalSteps[0].service',
    message: /unknown service "alpha-housing-office"/,
    only: true,
  },
  {
    name: "an arrival step sending newcomers to another town's service",
    edit: change(alpha, 'service: alpha-housing', 'service: beta-food'),
    file: alpha,
    field: 'arrivalSteps[0].service',
    message: /"beta-food" does not serve alpha/,
    only: true,
  },
  {
    name: 'an empty arrival step',
    edit: change(alpha, 'arrivalSteps:\n', 'arrivalSteps:\n  - {}\n'),
    file: alpha,
    field: 'arrivalSteps[0].step',
    message: /required field is missing/,
  },
  {
    name: 'an arrival step with nothing to do in the default language',
    edit: change(alpha, / {2}- step: meals\n {4}todo: .*\n/, ''),
    file: alpha,
    field: 'arrivalSteps[1].step',
    message: /step "meals" has no text/,
    only: true,
  },
  {
    name: 'an arrival step text that is empty',
    edit: change(alpha, 'todo: Come to the family meals.', 'todo: "  "'),
    file: alpha,
    field: 'arrival[2].todo',
    message: /must not be empty/,
    only: true,
  },
  {
    name: 'an arrival step key listed twice',
    edit: change(alpha, 'step: meals\n    service', 'step: housing\n    service'),
    file: alpha,
    field: 'arrivalSteps[1].step',
    message: /step "housing" is listed twice/,
  },
  {
    name: 'a translation of an arrival step that does not exist',
    edit: change(alphaAr, 'step: meals', 'step: meal'),
    file: alphaAr,
    field: 'arrival[0].step',
    message: /no arrival step has the key "meal"/,
    only: true,
  },
  {
    name: 'an arrival deadline of zero days',
    edit: change(alpha, 'amount: 8', 'amount: 0'),
    file: alpha,
    field: 'arrivalSteps[2].within.amount',
    message: /must be at least 1/,
    only: true,
  },
  {
    name: 'an arrival deadline in a unit the site cannot say',
    edit: change(alpha, 'unit: days', 'unit: fortnights'),
    file: alpha,
    field: 'arrivalSteps[2].within.unit',
    message: /days, weeks, months/,
    only: true,
  },
  {
    name: 'markdown in an arrival step text',
    edit: change(alpha, 'todo: Come to the family meals.', 'todo: Come to the [family meals](https://x.example).'),
    file: alpha,
    field: 'arrival[2].todo',
    message: /plain text/,
    only: true,
  },

  // Errors that point at the cause.
  {
    name: 'broken YAML in an English file, without orphaning its translation',
    edit: { [housing]: 'name: [unclosed\nsummary: x\n' },
    file: housing,
    field: 'line 2',
    message: /not valid YAML/,
    only: true,
  },
  {
    name: 'broken YAML on the last line',
    edit: { [housing]: `${fixtureText(housing).trimEnd()}\nextra: "unterminated\n` },
    file: housing,
    field: `line ${fixtureText(housing).trimEnd().split('\n').length + 1}`,
    message: /not valid YAML/,
    only: true,
  },
  {
    name: 'broken YAML in a CRLF file',
    edit: { [council]: crlf('type: municipal\ntowns: [alpha]\ncontacts: : x\nname: Alpha Council\n') },
    file: council,
    field: 'line 3',
    message: /not valid YAML/,
    only: true,
  },
  {
    name: 'a UTF-16 file',
    edit: { [council]: utf16(fixtureText(council)) },
    file: council,
    field: '',
    message: /is not UTF-8.*save it as UTF-8/,
    only: true,
  },
  {
    name: 'a Latin-1 file',
    edit: { [housingAr]: latin1('name: Logement à Alpha\n') },
    file: housingAr,
    field: '',
    message: /is not UTF-8.*save it as UTF-8/,
    only: true,
  },
];

describe('bad content is refused, naming the file and the field', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const problems = problemsOf(variant(c.edit));
    const expected = { file: c.file, field: c.field, message: expect.stringMatching(c.message) };
    if (c.only) expect(problems).toEqual([expected]);
    else expect(problems).toContainEqual(expected);
  });
});

describe("the build's date", () => {
  afterEach(() => vi.unstubAllEnvs());

  it('refuses a reviewed date after SOURCE_DATE_EPOCH, the day the build says it is', () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', '1795392000'); // 2026-11-23T00:00Z: 2026-11-23 in UTC+14 too
    const dir = variant(withField(housing, 'reviewed', '2026-11-24'));
    expect(problemsOf(dir)).toEqual([{ file: housing, field: 'reviewed', message: expect.stringMatching(/in the future/) }]);
    vi.stubEnv('SOURCE_DATE_EPOCH', String(1795392000 + 86_400));
    expect(() => readNetwork(dir)).not.toThrow();
  });
});

describe('content that looks odd but is fine is read', () => {
  it.each<[string, ContentEdit]>([
    ['a .gitkeep in an empty folder', { 'towns/beta/calendar/en/.gitkeep': '' }],
    ['a file saved with a UTF-8 byte order mark', { [council]: `\uFEFF${fixtureText(council)}` }],
    ['a file with CRLF line ends', { [council]: crlf(fixtureText(council)) }],
    ['right-to-left marks in an Arabic name', withField(housingAr, 'name', 'السكن \u200F(ألفا)\u200F')],
    ['a reviewed date of today', withField(housing, 'reviewed', new Date().toISOString().slice(0, 10))],
    ['a text field at exactly its limit', withField(housing, 'locations[0].name', long(120))],
  ])('%s', (_name, edit) => {
    expect(() => readNetwork(variant(edit))).not.toThrow();
  });
});
