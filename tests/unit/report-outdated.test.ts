import { describe, expect, it } from 'vitest';
import { outdatedReport, reportLanguage, reportTemplates, responsibleTown } from '~/lib/sharing/report-outdated';

const towns = {
  alpha: { shared: { contentContact: 'editors@alpha.example', officeLanguages: ['it', 'en'] } },
  beta: { shared: { contentContact: 'editors@beta.example', officeLanguages: ['el'] } },
  gamma: { shared: { contentContact: 'editors@gamma.example', officeLanguages: ['fr', 'en'] } },
};
const townOf = (slug: string) => towns[slug as keyof typeof towns] as any;
const service = (owner: string, serves: string[]) =>
  ({ owner, id: '0b0f7c1e-1111-5222-8333-444455556666', shared: { towns: serves } }) as any;
const decode = (href: string) => {
  const url = new URL(href);
  return { to: url.pathname, subject: url.searchParams.get('subject'), body: url.searchParams.get('body') };
};

describe('who receives the report', () => {
  it('is the town whose folder holds the service', () => {
    expect(responsibleTown(service('beta', ['alpha', 'beta']))).toBe('beta');
  });

  it('is the first town of a joint network service', () => {
    expect(responsibleTown(service('network', ['beta', 'alpha']))).toBe('beta');
  });
});

describe('the language of the report', () => {
  it("is the town office's first language when there is a template for it", () => {
    expect(reportLanguage(['it', 'en'])).toBe('it');
    expect(reportLanguage(['el'])).toBe('el');
  });

  it('falls back to English otherwise', () => {
    expect(reportLanguage(['fr', 'it'])).toBe('en');
    expect(reportLanguage([])).toBe('en');
  });

  it('has the same placeholders in every template', () => {
    for (const [language, t] of Object.entries(reportTemplates)) {
      expect(t.subject, language).toContain('{name}');
      for (const key of ['{url}', '{name}', '{id}']) expect(t.body, `${language} ${key}`).toContain(key);
    }
  });
});

describe('the mailto link', () => {
  const page = 'https://crossroads.example.org/ar/services/alpha-housing/';

  it("goes to the town's content contact, prefilled in the town's language", () => {
    const report = outdatedReport(service('alpha', ['alpha']), townOf, page, 'Social housing in Alpha');
    expect(report).toMatchObject({ to: 'editors@alpha.example', language: 'it', town: 'alpha' });
    const mail = decode(report.href);
    expect(mail.to).toBe('editors@alpha.example');
    expect(mail.subject).toBe('Informazioni non aggiornate: Social housing in Alpha');
    expect(mail.body).toContain(page);
    expect(mail.body).toContain('Servizio: Social housing in Alpha');
    expect(mail.body).toContain('Identificativo: 0b0f7c1e-1111-5222-8333-444455556666');
  });

  it('writes to the first town of a joint service, in Greek for a Greek office', () => {
    const mail = decode(outdatedReport(service('network', ['beta', 'alpha']), townOf, page, 'Family meals').href);
    expect(mail.to).toBe('editors@beta.example');
    expect(mail.subject).toBe('Μη ενημερωμένες πληροφορίες: Family meals');
  });

  it('uses English for an office whose first language has no template', () => {
    const report = outdatedReport(service('gamma', ['gamma']), townOf, page, 'X');
    expect(report.language).toBe('en');
    expect(decode(report.href).subject).toBe('Outdated information: X');
  });

  it('encodes spaces as %20 and line breaks as CRLF, as mail apps expect (RFC 6068)', () => {
    const { href } = outdatedReport(service('gamma', ['gamma']), townOf, page, 'A & B?');
    expect(href).not.toContain('+');
    expect(href).toContain('%0D%0A');
    expect(href).toContain('A%20%26%20B%3F');
  });
});
