/**
 * Practice notes: a town's short note on how it runs a topic, kept in its profile (structured half
 * in the default-locale file, words per language), shown on the topic's comparison between towns
 * with the town's name, in the reader's language or marked as English; refused, naming file and
 * field, when its topic is unknown or its words match no note; inert when its text holds markup.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildDirectory } from '~/lib/content/directory';
import { readNetwork } from '~/lib/content/read';
import type { LocaleCode } from '~/lib/i18n/locales';
import { topicComparisonPage } from '~/lib/pages/topic-pages';
import { practiceNotes } from '~/lib/pages/practice-notes';
import { problemsOf, removeVariants, variant, withFields, type ContentEdit } from '../helpers/content';
import { htmlMarkupFromText } from '../helpers/inert';

afterEach(removeVariants);

const profile = 'towns/alpha/profile/en/alpha.yml';
const arabic = 'towns/alpha/profile/ar/alpha.yml';
const note = { category: 'housing', contacts: { email: 'housing@alpha.example' } };
const text = {
  category: 'housing',
  title: 'How we find flats with landlords',
  whatWorks: 'A **monthly** table with landlords.\n\n- a guarantee fund\n- volunteers visit flats',
  contactName: 'Housing desk',
};
/** Alpha with one note on housing, in English (and, with `ar`, in Arabic). */
const withNote = (ar = false, overrides: Partial<typeof text> = {}): ContentEdit => ({
  ...withFields(profile, { practiceNotes: [note], practice: [{ ...text, ...overrides }] }),
  ...(ar
    ? withFields(arabic, { practice: [{ category: 'housing', title: 'كيف نجد شققًا مع المالكين', whatWorks: 'طاولة شهرية مع المالكين.' }] })
    : {}),
});
const comparison = (dir: string, locale: LocaleCode) => {
  const d = buildDirectory(readNetwork(dir));
  return topicComparisonPage({ directory: d, locale, item: d.category('housing'), towns: ['alpha', 'beta'], page: 1, pages: 1 });
};

describe('a practice note on the topic’s comparison', () => {
  it('shows with the town’s name, title, what works as markdown, whom to ask and the contacts', () => {
    const page = comparison(variant(withNote()), 'en');
    expect(page.notes).toEqual([
      {
        town: 'alpha',
        townName: 'Alpha',
        townAttrs: {},
        title: 'How we find flats with landlords',
        whatWorksHtml:
          '<p>A <strong>monthly</strong> table with landlords.</p>\n<ul>\n<li>a guarantee fund</li>\n<li>volunteers visit flats</li>\n</ul>\n',
        contactName: 'Housing desk',
        contacts: { email: 'housing@alpha.example' },
      },
    ]);
    expect(page.fallback).toBe(false);
  });

  it('is in the reader’s language where translated, else in English marked as such', () => {
    const dir = variant(withNote(true));
    const ar = comparison(dir, 'ar').notes[0];
    expect(ar.title).toBe('كيف نجد شققًا مع المالكين');
    expect(ar.townName).toBe('ألفا');
    expect(ar.textLang).toBeUndefined();
    // Arabic leaves out whom to ask: the whole note is in one language, so none is shown.
    expect(ar.contactName).toBeUndefined();
    const fr = comparison(dir, 'fr');
    expect(fr.notes[0]).toMatchObject({ title: text.title, textLang: { lang: 'en-GB', dir: 'ltr', label: 'En anglais' } });
    expect(fr.fallback).toBe(true);
  });

  it('is left out on other topics and for towns without one', () => {
    const d = buildDirectory(readNetwork(variant(withNote())));
    expect(practiceNotes(d, 'food', d.towns, 'en')).toEqual([]);
    expect(practiceNotes(d, 'housing', [d.town('beta')], 'en')).toEqual([]);
  });

  it('keeps script and markup in its text inert', async () => {
    const hostile = {
      title: 'Flats </h3><script>h2x()</script>',
      whatWorks: '<script>h2x()</script> <img src=x onerror=h2x()> [js](javascript:h2x(1)) <a href="javascript:h2x()">a</a>',
      contactName: '<b data-h2x="1">desk</b>',
    };
    const [shown] = comparison(variant(withNote(false, hostile)), 'en').notes;
    expect(shown.title).toBe(hostile.title);
    expect(await htmlMarkupFromText(`<!doctype html><html lang="en"><body>${shown.whatWorksHtml}</body></html>`, 'h2x', 'note')).toEqual(
      [],
    );
    expect(shown.whatWorksHtml).toContain('&lt;script&gt;h2x()&lt;/script&gt;');
    expect(shown.whatWorksHtml).not.toContain('href="javascript');
  });
});

describe('practice notes that do not fit are refused, naming file and field', () => {
  it('refuses a note on an unknown topic', () => {
    const dir = variant(
      withFields(profile, { practiceNotes: [{ category: 'gardening' }], practice: [{ ...text, category: 'gardening' }] }),
    );
    expect(problemsOf(dir)).toContainEqual({ file: profile, field: 'practiceNotes[0].category', message: 'unknown category "gardening"' });
  });

  it('refuses a note without words in the default language', () => {
    const dir = variant(withFields(profile, { practiceNotes: [note] }));
    expect(problemsOf(dir)).toContainEqual({
      file: profile,
      field: 'practiceNotes[0].category',
      message: 'the note on "housing" has no text: add an item with this topic to practice, with its title and what works',
    });
  });

  it('refuses words, in any language, that belong to no note', () => {
    const dir = variant({ ...withNote(), ...withFields(arabic, { practice: [{ category: 'food', title: 'وجبات', whatWorks: 'نص' }] }) });
    expect(problemsOf(dir)).toContainEqual({
      file: arabic,
      field: 'practice[0].category',
      message: `no practice note is on "food" (the notes are listed in ${profile}, under practiceNotes)`,
    });
  });

  it('refuses two notes on one topic, an empty title and markdown in the title', () => {
    const dir = variant(withFields(profile, { practiceNotes: [note, note], practice: [{ ...text, title: '' }] }));
    const problems = problemsOf(dir);
    expect(problems).toContainEqual({
      file: profile,
      field: 'practiceNotes[1].category',
      message: '"housing" has two notes: write one note per topic',
    });
    expect(problems).toContainEqual({ file: profile, field: 'practice[0].title', message: 'must not be empty' });
    const emphasis = problemsOf(variant(withNote(false, { title: 'How we *really* do it' })));
    expect(emphasis.map((p) => p.field)).toContain('practice[0].title');
  });
});
