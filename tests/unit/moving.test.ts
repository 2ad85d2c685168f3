/**
 * The moving view's comparison (src/lib/moving/moving.ts) over the files moving-data.ts writes,
 * on the sample network: a move between two Italian towns and between two Greek ones.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDirectory } from '~/lib/content/directory';
import { readNetwork } from '~/lib/content/read';
import { getT } from '~/lib/i18n/i18next';
import type { LocaleCode } from '~/lib/i18n/locales';
import { compareTowns, parseMove } from '~/lib/moving/moving';
import { movingTown, sameServiceElsewhere } from '~/lib/moving/moving-data';

const d = buildDirectory(readNetwork(path.resolve('content')));
const file = (town: string, locale: LocaleCode = 'en') => movingTown(d, d.town(town), locale, getT(locale), '2026-12-07');
const slugs = (list: { slug: string }[]) => list.map((s) => s.slug);

describe('moving from Aurelia to Valmara', () => {
  const view = compareTowns(file('aurelia'), file('valmara'));

  it('keeps the joint services that serve both towns, and only those', () => {
    expect(slugs(view.stays)).toContain('harbour-mobile-clinic');
    expect(slugs(view.stays)).toContain('open-doors-italian-online');
    expect(view.stays.every((s) => file('aurelia').services.some((x) => x.slug === s.slug))).toBe(true);
    expect(slugs(view.stays).some((s) => s.startsWith('valmara-') && s !== 'valmara-youth-work-placements')).toBe(false);
  });

  it('redoes the new town’s registration, health registration and school enrolment, never the old town’s', () => {
    expect(slugs(view.redo)).toEqual(
      expect.arrayContaining(['valmara-residence-registration', 'valmara-health-registration', 'valmara-school-enrolment']),
    );
    expect(slugs(view.redo).some((s) => s.startsWith('aurelia-'))).toBe(false);
    expect(view.steps.map((s) => s.service)).toEqual([
      'valmara-residence-registration',
      'valmara-health-registration',
      'valmara-school-enrolment',
    ]);
  });

  it('restarts the clock of services that need months of registration in the new town', () => {
    const housing = view.clocks.find((s) => s.slug === 'valmara-social-housing-list')!;
    expect(housing.clock).toMatch(/Valmara.*24 months/);
    expect(slugs(view.clocks)).toContain('valmara-emergency-grant');
    expect(view.clocks.every((s) => s.eligibility.residenceMonths > 0)).toBe(true);
  });

  it('puts each shared topic’s rules side by side and marks the ones that differ', () => {
    const housing = view.different.find((c) => c.topic === 'housing')!;
    expect(housing.columns.map((c) => c.town)).toContain('aurelia');
    expect(housing.columns.map((c) => c.town)).toContain('valmara');
    const residence = housing.rows.find((r) => r.key === 'residence')!;
    const [a, v] = ['aurelia-social-housing-list', 'valmara-social-housing-list'].map((slug) =>
      housing.columns.findIndex((c) => c.service.slug === slug),
    );
    expect(residence.cells[a]).toMatch(/12 months/);
    expect(residence.cells[v]).toMatch(/24 months/);
    expect(residence.varies).toBe(true);
    expect(residence.differs[v]).toBe(true);
    // A document one town asks for and the other does not is a row of its own, "Not needed" on the other side,
    // between the residence and the cost rows as in the overview.
    const registration = view.different.find((c) => c.topic === 'registration')!;
    const proof = registration.rows.find((r) => r.key === 'document:proof-of-address')!;
    expect(proof.cells).toEqual(['Needed', file('valmara').notNeeded]);
    expect(proof.differs).toEqual([true, true]);
    const keys = registration.rows.map((r) => r.key);
    expect(keys.indexOf('document:tax-code')).toBeLessThan(keys.indexOf('cost'));
    expect(keys.at(-1)).toBe('appointment');
  });

  it('names the topics the new town adds and those it lacks', () => {
    expect(view.gaps).toContain('transit');
    expect(view.gains).not.toContain('housing');
    expect(view.gaps).not.toContain('housing');
  });

  it('gathers the editors’ moving notes, the old town’s first', () => {
    expect(view.notes[0].town).toBe('aurelia');
    expect(view.notes.map((n) => n.service.slug)).toEqual(
      expect.arrayContaining(['aurelia-school-enrolment', 'valmara-school-enrolment', 'valmara-residence-registration']),
    );
  });
});

describe('the finder’s answers', () => {
  it('leave out a child’s school for a single adult, and keep it for a family’s child', () => {
    const adult = compareTowns(file('aurelia'), file('valmara'), { age: 30 });
    expect(adult.steps.map((s) => s.step)).not.toContain('school');
    expect(slugs(adult.redo)).not.toContain('valmara-school-enrolment');
    const child = compareTowns(file('aurelia'), file('valmara'), { who: 'child', age: 9 });
    expect(child.steps.map((s) => s.step)).toContain('school');
  });

  it('leave out the asylum seekers’ health step in Lefkonia for a person with temporary protection', () => {
    const moved = compareTowns(file('kastellos', 'ar'), file('lefkonia', 'ar'), { status: 'temporary-protection' });
    expect(moved.steps.map((s) => s.step)).toEqual(['amka', 'school']);
    expect(compareTowns(file('kastellos', 'ar'), file('lefkonia', 'ar'), { status: 'asylum-seeker' }).steps.map((s) => s.step)).toContain(
      'health',
    );
  });
});

describe('the moving files', () => {
  it('are in the reader’s language, steps and deadlines included', () => {
    const lefkonia = file('lefkonia', 'ar');
    expect(lefkonia.name).toBe(d.townName('lefkonia', 'ar'));
    expect(lefkonia.steps[0].todo).toMatch(/[\u0600-\u06FF]/);
    expect(lefkonia.steps[0].deadline).toMatch(/شهر/);
    expect(lefkonia.steps[0].serviceHref).toBe('/ar/services/lefkonia-kep-amka/');
  });

  it('stay small: a town’s file, whatever the pair', () => {
    expect(JSON.stringify(file('aurelia')).length).toBeLessThan(60_000);
  });
});

describe('the towns in the URL', () => {
  it('keep only known towns', () => {
    expect(parseMove('?from=aurelia&to=valmara', ['aurelia', 'valmara'])).toEqual({ from: 'aurelia', to: 'valmara' });
    expect(parseMove('?from=atlantis&to=valmara', ['aurelia', 'valmara'])).toEqual({ to: 'valmara' });
    expect(parseMove('?from=<script>', ['aurelia'])).toEqual({});
  });
});

describe('the same service in other towns', () => {
  it('lists the services of the same main topic in towns this one does not serve, never itself', () => {
    const school = d.service('aurelia-school-enrolment');
    const others = sameServiceElsewhere(d, school);
    expect(others.map((s) => s.slug)).toEqual(expect.arrayContaining(['valmara-school-enrolment', 'nerissa-school-enrolment']));
    expect(others.every((s) => s.shared.categories[0] === school.shared.categories[0])).toBe(true);
    expect(others.some((s) => s.shared.towns.includes('aurelia'))).toBe(false);
  });
});
