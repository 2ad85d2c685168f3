import { describe, expect, it } from 'vitest';
import { editingSite, serviceSuggestions, townSuggestions, type EditingSite } from '~/lib/pages/suggestions';
import { officeLanguage, officeTemplates, oneLine, openAuthoringLink, responsibleTown, suggestionMail } from '~/lib/sharing/suggest';
import { getT } from '~/lib/i18n/i18next';
import { directoryOf } from '../helpers/directory';

const site = new URL('https://crossroads.example.org');
const about = {
  url: 'https://crossroads.example.org/ar/services/alpha-housing/',
  name: 'Social housing',
  id: '0b0f7c1e-1111-5222-8333-444455556666',
};
const reader = { locale: 'ar', body: (v: { url: string; name: string; id: string }) => `مرحبًا ${v.url} ${v.name} ${v.id}` };
const mail = (over: Partial<Parameters<typeof suggestionMail>[0]> = {}) =>
  suggestionMail({ kind: 'change', to: 'editors@alpha.example', officeLanguages: ['it', 'en'], about, reader, ...over });
const decode = (href: string) => {
  const url = new URL(href);
  return {
    to: url.pathname,
    subject: url.searchParams.get('subject') ?? '',
    body: url.searchParams.get('body') ?? '',
    keys: [...url.searchParams.keys()],
  };
};

describe('who receives a suggestion', () => {
  it('is the town whose folder holds the service, else the first town of a joint network service', () => {
    expect(responsibleTown({ owner: 'beta', shared: { towns: ['alpha', 'beta'] } } as never)).toBe('beta');
    expect(responsibleTown({ owner: 'network', shared: { towns: ['beta', 'alpha'] } } as never)).toBe('beta');
  });

  it("is written for the editors in their office's first language when there is a template for it, else English", () => {
    expect(officeLanguage(['el'])).toBe('el');
    expect(officeLanguage(['fr', 'it'])).toBe('en');
    expect(officeLanguage([])).toBe('en');
  });

  it('has the same placeholders in every template', () => {
    for (const [language, kinds] of Object.entries(officeTemplates)) {
      for (const [kind, t] of Object.entries(kinds)) {
        expect(t.subject, `${language} ${kind}`).toContain('{name}');
        for (const key of ['{url}', '{name}', '{id}']) expect(t.body, `${language} ${kind} ${key}`).toContain(key);
      }
    }
  });
});

describe('the prepared e-mail', () => {
  it("starts with the editors' language and ends in the reader's, both with the page address and record id", () => {
    const { to, subject, body } = decode(mail().href);
    expect(to).toBe('editors@alpha.example');
    expect(subject).toBe('Modifica proposta: Social housing');
    expect(body.indexOf('Identificativo: 0b0f7c1e')).toBeLessThan(body.indexOf('مرحبًا'));
    expect(body.split(about.url)).toHaveLength(3);
    expect(body.split(about.id)).toHaveLength(3);
  });

  it("says it once when the reader reads the editors' language", () => {
    const { body } = decode(mail({ officeLanguages: ['el'], reader: { locale: 'el', body: () => 'Γεια' } }).href);
    expect(body).toContain('Κωδικός εγγραφής');
    expect(body).not.toContain('Γεια');
  });

  it('proposes a service or an event with its own subject', () => {
    expect(decode(mail({ kind: 'propose', officeLanguages: ['en'] }).href).subject).toBe('Proposed service or event: Social housing');
  });

  it('encodes spaces as %20 and line breaks as CRLF, as mail apps expect (RFC 6068)', () => {
    const { href } = mail();
    expect(href).not.toContain('+');
    expect(href).not.toContain(' ');
    expect(href).toContain('%0D%0A');
  });

  it('keeps hostile names inert: &, ?, #, line breaks and right-to-left text stay text in one subject line', () => {
    const name = 'A & B? #x\r\nBcc: evil@example.org\n&to=evil@example.org \u202eخدمة';
    const { href } = mail({ about: { ...about, name } });
    const decoded = decode(href);
    expect(decoded.to).toBe('editors@alpha.example');
    expect(decoded.keys).toEqual(['subject', 'body']);
    expect(new URL(href).hash).toBe('');
    expect(decoded.subject).toBe(`Modifica proposta: ${oneLine(name)}`);
    expect(decoded.subject).not.toMatch(/[\r\n]/);
    // Both parts carry the name as one line of text, the reader's part included.
    expect(decoded.body.split('A & B? #x Bcc: evil@example.org &to=evil@example.org \u202eخدمة')).toHaveLength(3);
    expect(href.slice(href.indexOf('?') + 1)).toMatch(/^subject=[^&?#]*&body=[^&?#]*$/);
  });

  it("keeps placeholders and i18next nesting in a name as text in the reader's part", () => {
    const t = getT('ar');
    const name = '{{id}} $t(suggest.title) {url}';
    const { body } = decode(
      mail({ about: { ...about, name }, reader: { locale: 'ar', body: (v) => t('suggest.mail.change', { ...v }) } }).href,
    );
    expect(body.split(name)).toHaveLength(3);
    expect(body).not.toContain(t('suggest.title'));
  });
});

describe('the direct edit links', () => {
  const file = { collection: 'alpha-services', slug: 'alpha-housing', file: 'content/towns/alpha/services/en/alpha-housing.yml' };
  const folder = { collection: 'alpha-services', folder: 'content/towns/alpha/services/en' };

  it("open the file in GitHub's web editor, or the CMS entry when open authoring is on", () => {
    const github = { name: 'github', repo: 'crossroads-network/crossroads-directory', branch: 'main' };
    expect(openAuthoringLink(github, site, file)).toBe(
      'https://github.com/crossroads-network/crossroads-directory/edit/main/content/towns/alpha/services/en/alpha-housing.yml',
    );
    expect(openAuthoringLink(github, site, folder)).toBe(
      'https://github.com/crossroads-network/crossroads-directory/new/main/content/towns/alpha/services/en',
    );
    const open = { ...github, open_authoring: true };
    expect(openAuthoringLink(open, site, file)).toBe(
      'https://crossroads.example.org/admin/#/collections/alpha-services/entries/alpha-housing',
    );
    expect(openAuthoringLink(open, site, folder)).toBe('https://crossroads.example.org/admin/#/collections/alpha-services/new');
  });

  it('are worked out from the repository root the build runs in: cms/settings.yml read, the content folder without ..', () => {
    // The page code is bundled into the output folder: its own address must not decide these.
    const editing = editingSite();
    expect(editing.contentRoot).toBe('content');
    expect(editing.backend).toMatchObject({ name: 'github', open_authoring: true });
  });

  it("open GitLab's web editor, on its own host when the backend names one", () => {
    const gitlab = { name: 'gitlab', repo: 'towns/directory', branch: 'main' };
    expect(openAuthoringLink(gitlab, site, file)).toBe(
      'https://gitlab.com/towns/directory/-/edit/main/content/towns/alpha/services/en/alpha-housing.yml',
    );
    expect(openAuthoringLink({ ...gitlab, base_url: 'https://git.example.org' }, site, folder)).toBe(
      'https://git.example.org/towns/directory/-/new/main/content/towns/alpha/services/en',
    );
  });

  it('are left out when the site is not on GitHub or GitLab, or the repository name is not one', () => {
    expect(openAuthoringLink({ name: 'git-gateway' }, site, file)).toBeUndefined();
    expect(openAuthoringLink({ name: 'github' }, site, file)).toBeUndefined();
    expect(openAuthoringLink({ name: 'github', repo: 'evil.example/x?y#z' }, site, file)).toBeUndefined();
  });
});

describe('on the pages', () => {
  const d = directoryOf();
  const editing: EditingSite = { backend: { name: 'github', repo: 'o/r', branch: 'main' }, contentRoot: 'content' };

  it("a service page's links carry its address and id, to the responsible town, with the reader's words in Arabic", () => {
    const links = serviceSuggestions({ directory: d, locale: 'ar', site, service: d.service('alpha-housing'), editing });
    const change = decode(links.change);
    expect(change.to).toBe(d.town('alpha').shared.contentContact);
    expect(change.body).toContain('https://crossroads.example.org/ar/services/alpha-housing/');
    expect(change.body).toContain(d.service('alpha-housing').id);
    expect(change.body).toContain('أقترح تعديلًا');
    const propose = decode(links.propose);
    expect(propose.body).toContain('https://crossroads.example.org/ar/towns/alpha/');
    expect(propose.body).toContain(d.town('alpha').id);
    expect(links.hint).toContain(d.townName('alpha', 'ar'));
    expect(links.edit?.change).toBe(`https://github.com/o/r/edit/main/content/${d.service('alpha-housing').files.en}`);
  });

  it("a town page's links go to the town's editors with the town's address and id", () => {
    const links = townSuggestions({
      directory: d,
      locale: 'en',
      site,
      town: d.town('beta'),
      editing: { ...editing, backend: { name: 'test-repo' } },
    });
    const change = decode(links.change);
    expect(change.to).toBe(d.town('beta').shared.contentContact);
    expect(change.body).toContain('https://crossroads.example.org/en/towns/beta/');
    expect(change.body).toContain(d.town('beta').id);
    expect(links.edit).toBeUndefined();
  });
});
