/**
 * Untranslated passages marked where they stand, on the mini fixture: its Arabic Alpha housing
 * service has only its name in Arabic, so the summary, steps and description fall back to English
 * and each gets the "in English" label in Arabic right before it; pages with nothing untranslated
 * carry no label at all.
 */
import { describe, expect, it } from 'vitest';
import { readPage, sites } from '../helpers/build';

const page = (p: string) => readPage(sites.mini, p);
const label = 'باللغة الإنجليزية';
/** The block label, as the Untranslated component writes it. */
const block = `<p class="untranslated untranslated-block" data-untranslated data-pagefind-ignore>${label}</p>`;
const labels = (html: string) => html.match(/data-untranslated\b/g)?.length ?? 0;

describe('an Arabic service page with English passages', () => {
  const html = page('/ar/services/alpha-housing/');

  it('labels the English summary right before it, and gives the summary its own language', () => {
    expect(html).toContain(`${block}<p class="lede" lang="en-GB" dir="ltr">Council flats for refugees registered in Alpha.</p>`);
  });

  it('labels the English steps and description where they stand', () => {
    expect(html).toContain(`${block}<ol class="steps" lang="en-GB" dir="ltr">`);
    expect(html).toMatch(new RegExp(`${block}<div class="prose" lang="en-GB" dir="ltr">`));
  });

  it('leaves the name, which is in Arabic, without a label', () => {
    expect(html).toMatch(/<\/p>\s*<h1>السكن الاجتماعي في ألفا<\/h1>|<\/div>\s*<h1>السكن الاجتماعي في ألفا<\/h1>/);
    expect(html).not.toContain(`${block}<h1>`);
  });

  it('writes the label in the page’s language, outside the English passage', () => {
    expect(html).toMatch(/<html[^>]*lang="ar"/);
    expect(html).not.toMatch(/lang="en-GB"[^>]*>[^<]*<p class="untranslated/);
  });
});

describe('a referral sheet with English passages', () => {
  it('labels each column’s English summary in that column’s language', () => {
    const html = page('/sheets/alpha-housing/');
    expect(html).toContain(`${block}<p class="lede" lang="en-GB" dir="ltr">`);
  });
});

describe('an Arabic calendar entry with an English description', () => {
  it('labels the description and not the Arabic title', () => {
    const html = page('/ar/calendar/alpha-clinic/');
    expect(html).toContain(`${block}<div class="prose" lang="en-GB" dir="ltr">`);
    expect(html).not.toContain(`${block}<h1`);
  });
});

describe('lists', () => {
  it('label a card once when its summary is English', () => {
    const html = page('/ar/providers/alpha-council/');
    const card = html.slice(html.indexOf('<li class="card">'), html.indexOf('</li>', html.indexOf('<ul class="tags">')) + 5);
    expect(card).toContain(`<li class="tag untranslated" data-untranslated data-pagefind-ignore>${label}</li>`);
    expect(labels(card)).toBe(1);
  });
});

describe('topic names', () => {
  const inline = `<span class="untranslated untranslated-inline" data-untranslated data-pagefind-ignore>${label}</span>`;

  it('are labelled after an English one in the Arabic lists, the agenda’s topics and the coordinators’ table, not after an Arabic one', () => {
    for (const p of ['/ar/', '/ar/search/', '/ar/overview/', '/ar/calendar/']) {
      const html = page(p);
      expect(html, p).toMatch(new RegExp(`<span lang="en-GB" dir="ltr">Food</span>${inline}|>Food</a>${inline}`));
      expect(html, p).not.toMatch(new RegExp(`السكن</(?:span|a)>${inline}`));
    }
  });

  it('are labelled in the finder’s list for readers without JavaScript', () => {
    expect(page('/ar/finder/')).toContain(`<span lang="en-GB" dir="ltr">Food</span>${inline}`);
  });
});

describe('proper names', () => {
  it('keep an untranslated organisation’s name in English, with its language, and without a label', () => {
    const html = page('/ar/providers/friends/');
    expect(html).toContain('<h1 lang="en-GB" dir="ltr">Friends of Newcomers</h1>');
    expect(html).not.toContain(`${block}<h1`);
  });
});

describe('pages with nothing untranslated', () => {
  it('carry no label in the default language', () => {
    for (const p of ['/en/services/alpha-housing/', '/en/calendar/alpha-clinic/', '/en/towns/alpha/', '/en/providers/friends/']) {
      expect(labels(page(p)), p).toBe(0);
    }
  });

  it('carry no label in the English column of a sheet (the other columns are other languages)', () => {
    const html = page('/sheets/alpha-housing/');
    const en = html.slice(html.indexOf('<article id="en"'), html.indexOf('</article>', html.indexOf('<article id="en"')));
    expect(en).toContain('Alpha social housing');
    expect(labels(en)).toBe(0);
  });

  it('carry no label in Arabic where everything shown is translated', () => {
    expect(labels(page('/ar/categories/housing/'))).toBe(0);
  });
});
