import { afterEach, describe, expect, it } from 'vitest';
import { subscribePage } from '~/lib/pages/subscribe-page';
import { directoryOf } from '../helpers/directory';
import { removeVariants, variant, withField } from '../helpers/content';

const directory = directoryOf();
const site = new URL('https://crossroads.example.org');

afterEach(removeVariants);

describe('the subscribe page’s view model, without a build', () => {
  it('groups the feeds as the page lists them: all towns, each town by name, each topic with dates', () => {
    const page = subscribePage({ directory, locale: 'en', site });
    expect(page.groups.map((g) => [g.id, g.feeds.map((f) => f.scopeName)])).toEqual([
      ['feeds-all', [page.t('calendar.allTowns')]],
      ['feeds-towns', ['Alpha', 'Beta']],
      ['feeds-topics', ['Housing', 'Food']],
    ]);
  });

  it('lists only the topics that have dates, and leaves out the topics group when none has', () => {
    const noDeadline = directoryOf(variant({ 'network/calendar/en/joint-deadline.yml': null }));
    const topics = (d: typeof directory) => subscribePage({ directory: d, locale: 'en', site }).groups.find((g) => g.id === 'feeds-topics');
    expect(topics(noDeadline)?.feeds.map((f) => f.scopeName)).toEqual(['Housing']);
    const noDates = directoryOf(
      variant({
        'network/calendar/en/joint-deadline.yml': null,
        'towns/alpha/calendar/en/alpha-clinic.yml': null,
        'towns/alpha/calendar/ar/alpha-clinic.yml': null,
        'towns/alpha/calendar/en/alpha-housing-window.yml': null,
      }),
    );
    expect(topics(noDates)).toBeUndefined();
    expect(subscribePage({ directory: noDates, locale: 'en', site }).groups.map((g) => g.id)).toEqual(['feeds-all', 'feeds-towns']);
  });

  it('names the subscribe buttons in the steps by their own labels', () => {
    const page = subscribePage({ directory, locale: 'ar', site });
    expect(page.buttons).toEqual({
      webcal: page.t('calendar.subscribe.webcal'),
      google: page.t('calendar.subscribe.google'),
      outlook: page.t('calendar.subscribe.outlook'),
    });
  });

  it('keeps a hostile town name as text in its feed’s heading, for the page to escape', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const d = directoryOf(variant(withField('towns/beta/profile/en/beta.yml', 'name', hostile)));
    const towns = subscribePage({ directory: d, locale: 'en', site }).groups.find((g) => g.id === 'feeds-towns');
    expect(towns?.feeds.map((f) => f.scopeName)).toContain(hostile);
  });
});
