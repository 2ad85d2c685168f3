import { afterEach, describe, expect, it } from 'vitest';
import { agendaPage } from '~/lib/pages/agenda-page';
import { directoryOf } from '../helpers/directory';
import { removeVariants, variant, withField } from '../helpers/content';

const directory = directoryOf();
const today = '2026-11-23';
const slugs = (page: ReturnType<typeof agendaPage>) => [...new Set(page.items.map((i) => i.entry.slug))];

afterEach(removeVariants);

describe('the agenda pages’ view model, without a build', () => {
  it('lists every entry’s dates from the day given, in date order, on the network’s agenda', () => {
    const all = agendaPage({ directory, locale: 'en', today, scope: { kind: 'all' } });
    expect(slugs(all).sort()).toEqual(['alpha-clinic', 'alpha-housing-window', 'joint-deadline']);
    const dates = all.items.map((i) => i.occurrence.start);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0] >= today).toBe(true);
    expect(all.from).toBe(today);
    expect(all.feed).toEqual({ kind: 'all' });
    expect(all.current).toEqual({});
    expect(all.title).toBe(all.t('calendar.title'));
  });

  it('lists only a town’s entries on its agenda, offers its feed and marks it current', () => {
    const beta = agendaPage({ directory, locale: 'en', today, scope: { kind: 'town', town: directory.town('beta') } });
    expect(slugs(beta)).toEqual(['joint-deadline']);
    expect(beta.feed).toEqual({ kind: 'town', slug: 'beta' });
    expect(beta.current).toEqual({ town: 'beta' });
    expect(beta.title).toContain(directory.townName('beta', 'en'));
  });

  it('lists only a topic’s entries on its agenda, titled in the reader’s language', () => {
    const housing = agendaPage({ directory, locale: 'ar', today, scope: { kind: 'category', category: directory.category('housing') } });
    expect(slugs(housing).sort()).toEqual(['alpha-clinic', 'alpha-housing-window']);
    expect(housing.feed).toEqual({ kind: 'category', slug: 'housing' });
    expect(housing.current).toEqual({ category: 'housing' });
    expect(housing.title).toMatch(/[\u0600-\u06FF]/);
  });

  it('keeps a hostile town name as text in the title, for the page to escape', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const d = directoryOf(variant(withField('towns/beta/profile/en/beta.yml', 'name', hostile)));
    const beta = agendaPage({ directory: d, locale: 'en', today, scope: { kind: 'town', town: d.town('beta') } });
    expect(beta.title).toContain(hostile);
  });
});
