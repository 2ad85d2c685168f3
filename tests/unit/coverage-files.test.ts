import { afterEach, describe, expect, it } from 'vitest';
import { coverageCsvForMachines, coverageCsvForPeople } from '~/lib/open-data/coverage-files';
import { removeVariants, variant, withField } from '../helpers/content';
import { directoryOf } from '../helpers/directory';

const directory = directoryOf();

afterEach(removeVariants);

describe('the coverage downloads', () => {
  it('are slugs for machines, with no byte-order mark', () => {
    expect(coverageCsvForMachines(directory)).toBe('category,alpha,beta\r\nhousing,1,0\r\nfood,2,2\r\n');
  });

  it('are names in the reader’s language for people, towns sorted as the overview sorts them, with a byte-order mark', () => {
    const ar = coverageCsvForPeople(directory, 'ar');
    expect(ar.startsWith('\uFEFF')).toBe(true);
    const [header, housing, food] = ar.slice(1).split('\r\n');
    expect(header.split(',').slice(1)).toEqual(['ألفا', 'Beta']);
    expect(housing).toBe('السكن,1,0');
    expect(food).toBe('Food,2,2');
    const renamed = directoryOf(variant(withField('towns/alpha/profile/en/alpha.yml', 'name', 'Zeta')));
    expect(coverageCsvForPeople(renamed, 'en').slice(1).split('\r\n')[0]).toBe('Topic,Beta,Zeta');
  });

  it('defuse a town name a spreadsheet would run as a formula', () => {
    const d = directoryOf(variant(withField('towns/beta/profile/en/beta.yml', 'name', '=HYPERLINK("http://evil.example")')));
    const header = coverageCsvForPeople(d, 'en').slice(1).split('\r\n')[0];
    expect(header).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
  });
});
