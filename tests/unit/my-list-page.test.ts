import { describe, expect, it } from 'vitest';
import { myListPage } from '~/lib/pages/my-list-page';
import { listFileCount } from '~/lib/sharing/my-list-data';
import { directoryOf } from '../helpers/directory';

const directory = directoryOf();

describe('My list’s view model, without a build', () => {
  it('hands the script its words in the page’s language, with the untranslated label only off the default language', () => {
    const ar = myListPage({ directory, locale: 'ar' });
    expect(JSON.parse(ar.json)).toEqual(ar.strings);
    expect(ar.strings.remove).toBe(ar.t('handoff.list.remove'));
    expect(ar.strings.untranslated).not.toBe('');
    expect(myListPage({ directory, locale: 'en' }).strings.untranslated).toBe('');
  });

  it('tells the script how many My list files the network has', () => {
    expect(myListPage({ directory, locale: 'en' }).buckets).toBe(listFileCount(directory));
  });
});
