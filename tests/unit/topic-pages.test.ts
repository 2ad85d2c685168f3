import { afterEach, describe, expect, it } from 'vitest';
import { buildDirectory } from '~/lib/content/directory';
import { readNetwork } from '~/lib/content/read';
import type { LocaleCode } from '~/lib/i18n/locales';
import { topicComparisonPage, topicPage } from '~/lib/pages/topic-pages';
import { miniContent } from '../helpers/build';
import { removeVariants, variant, withField } from '../helpers/content';

const directoryOf = (dir: string) => buildDirectory(readNetwork(dir));
const directory = directoryOf(miniContent);
/** A topic page's input as getStaticPaths gives it: one page holding `towns`. */
const input = (category: string, locale: LocaleCode, towns = ['alpha', 'beta'], d = directory) => ({
  directory: d,
  locale,
  item: d.category(category),
  towns,
  page: 1,
  pages: 1,
});

afterEach(removeVariants);

describe('the topic page’s view model, without a build', () => {
  it('gives each town of the page a column of the services its residents can use, sorted by name', () => {
    const food = topicPage(input('food', 'en'));
    expect(food.columns.map((c) => [c.town.slug, c.services.map((s) => s.service.slug)])).toEqual([
      ['alpha', ['joint-food', 'alpha-school-meals']],
      ['beta', ['beta-food', 'joint-food']],
    ]);
  });

  it('keeps a town with no service in the topic as an empty column, and only the page’s towns', () => {
    expect(topicPage(input('housing', 'en')).columns.map((c) => [c.town.slug, c.services.length])).toEqual([
      ['alpha', 1],
      ['beta', 0],
    ]);
    expect(topicPage(input('food', 'en', ['beta'])).columns.map((c) => c.town.slug)).toEqual(['beta']);
  });

  it('says who may use each service, naming the town', () => {
    const meals = topicPage(input('food', 'en')).columns[0].services[1];
    expect(meals.facts.map((f) => f.text).join(' ')).toContain('Alpha');
  });

  it('shows the fallback notice when a service name on the page is still in English', () => {
    expect(topicPage(input('housing', 'ar')).fallback).toBe(false);
    expect(topicPage(input('food', 'ar')).fallback).toBe(true);
    expect(topicPage(input('food', 'en')).fallback).toBe(false);
  });

  it('keeps an editor’s markup in a service name as text, for the page to escape', () => {
    const beta = topicPage(input('food', 'en')).columns[1].services[0];
    expect(beta.text.value.name).toBe('Beta food bank <b>free</b>');
  });
});

describe('the topic comparison’s view model, without a build', () => {
  it('has one column per service of the page’s towns and a gap where a town has none', () => {
    const housing = topicComparisonPage(input('housing', 'en'));
    expect(housing.columns.map((c) => [c.town, c.service?.slug])).toEqual([
      ['alpha', 'alpha-housing'],
      ['beta', undefined],
    ]);
    expect(housing.groups).toEqual([
      { town: 'alpha', span: 1 },
      { town: 'beta', span: 1 },
    ]);
  });

  it('groups a town’s columns under one header and counts the rules that differ', () => {
    const food = topicComparisonPage(input('food', 'en'));
    expect(food.groups).toEqual([
      { town: 'alpha', span: 2 },
      { town: 'beta', span: 2 },
    ]);
    expect(food.varying).toBe(food.rows.filter((r) => r.varies).length);
    expect(food.varying).toBeGreaterThan(0);
    expect(food.rows.find((r) => r.kind === 'age')?.differs).toEqual([true, false, true, false]);
  });

  it('marks differences against the whole network on a page with only some of its towns', () => {
    const whole = topicComparisonPage(input('food', 'en'));
    const betaOnly = topicComparisonPage(input('food', 'en', ['beta']));
    const age = (p: typeof whole) => p.rows.find((r) => r.kind === 'age')?.differs;
    expect(betaOnly.columns.map((c) => c.service?.slug)).toEqual(['beta-food', 'joint-food']);
    expect(age(betaOnly)).toEqual(age(whole)?.slice(2));
    expect(age(betaOnly)).toEqual([true, false]);
    expect(betaOnly.townSlugs).toEqual(['alpha', 'beta']);
  });

  it('names towns and services in the reader’s language, marking a service name that fell back', () => {
    const housing = topicComparisonPage(input('housing', 'ar'));
    expect(housing.name).toBe('السكن');
    expect(housing.townText('alpha').value.name).toBe('ألفا');
    expect(housing.serviceName(directory.service('alpha-housing')).label).toBeUndefined();
    expect(topicComparisonPage(input('food', 'ar')).serviceName(directory.service('beta-food')).label).toBeDefined();
  });

  it('keeps a hostile topic name as text in the comparison, for the page to escape', () => {
    const hostile = '<script>alert(1)</script>';
    const d = directoryOf(variant(withField('network/categories/en/food.yml', 'name', hostile)));
    expect(topicComparisonPage(input('food', 'en', ['alpha', 'beta'], d)).name).toBe(hostile);
  });
});
