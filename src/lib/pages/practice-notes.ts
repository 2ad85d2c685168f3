/**
 * Towns' practice notes on a topic, as the topic's comparison between towns shows them: how a town
 * runs it, what works, whom to ask. Peer learning: the comparison says how the rules differ, the
 * notes how towns make them work. In the reader's language; a note not yet translated falls back
 * to the default language as a whole (title, text and contact name come from one language), marked
 * with its `lang`, `dir` and the "in English" label, as arrival steps do (lib/moving/arrival.ts).
 */
import type { Directory } from '../content/directory';
import type { Town } from '../content/read';
import type { PracticeNote, PracticeNoteText } from '../content/schema';
import { renderMarkdown } from '../content/markdown';
import { defaultLocale, getLocale, type LocaleCode } from '../i18n/locales';
import { localize } from '../i18n/localize';
import { passages, untranslatedLabel, type Passage } from '../i18n/untranslated';
import type { StepLang } from '../moving/arrival';

/** One town's note on the topic, ready to show. */
export interface PracticeNoteView {
  town: string;
  townName: string;
  /** `lang`/`dir` of the town's name when it is not in the reader's language. */
  townAttrs: Passage['attrs'];
  title: string;
  /** What works, rendered from the editor's markdown (lib/content/markdown.ts: no HTML, safe links only). */
  whatWorksHtml: string;
  contactName?: string;
  contacts: PracticeNote['contacts'];
  /** Set when the note's words fell back to another language. */
  textLang?: StepLang;
}

/** The note's words in `locale`, or in the default language when not translated yet. */
function noteText(town: Town, category: string, locale: LocaleCode): { text: PracticeNoteText; lang: LocaleCode } | undefined {
  const own = town.text[locale]?.practice?.find((x) => x.category === category);
  if (own) return { text: own, lang: locale };
  const base = town.text.en.practice?.find((x) => x.category === category);
  return base && { text: base, lang: defaultLocale };
}

/** The practice notes on `category` of `towns`, in their order, in the reader's language. */
export function practiceNotes(d: Directory, category: string, towns: readonly Town[], locale: LocaleCode): PracticeNoteView[] {
  return towns.flatMap((town) => {
    const note = town.shared.practiceNotes.find((n) => n.category === category);
    const found = note && noteText(town, category, locale);
    // The reader refuses a note without default-language text; nothing to show otherwise.
    if (!note || !found) return [];
    const { tag, dir } = getLocale(found.lang);
    const label = untranslatedLabel(found.lang, locale);
    return [
      {
        town: town.slug,
        townName: d.townName(town.slug, locale),
        townAttrs: passages('towns', localize(town.text, locale), locale)('name').attrs,
        title: found.text.title,
        whatWorksHtml: renderMarkdown(found.text.whatWorks),
        ...(found.text.contactName ? { contactName: found.text.contactName } : {}),
        contacts: note.contacts,
        ...(found.lang !== locale ? { textLang: { lang: tag, dir, ...(label ? { label } : {}) } } : {}),
      },
    ];
  });
}
