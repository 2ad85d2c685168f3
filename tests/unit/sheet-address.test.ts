import { describe, expect, it } from 'vitest';
import { cspTagOf } from '~/lib/build/security-headers';
import { forwardScriptPath, oldSheetPage, ownLanguageOf } from '~/lib/sharing/sheet-address';
import { paths } from '~/lib/routing/routes';
import { localeCodes } from '~/lib/i18n/locales';

const csp = `<meta http-equiv="content-security-policy" content="default-src 'self'">`;

describe('a referral sheet’s address', () => {
  it('names the sheet once per service, the caseworker’s language in the query and the client’s in the fragment', () => {
    expect(paths.sheet('alpha-housing')).toBe('/sheets/alpha-housing/');
    expect(paths.sheet('alpha-housing', 'ar')).toBe('/sheets/alpha-housing/?lang=ar');
    expect(paths.sheet('alpha-housing', 'ar', 'fa')).toBe('/sheets/alpha-housing/?lang=ar#fa');
  });

  it('reads the caseworker’s language from the query when it is one of the site’s', () => {
    expect(ownLanguageOf('?lang=ar', localeCodes)).toBe('ar');
    expect(ownLanguageOf('?x=1&lang=fa', localeCodes)).toBe('fa');
  });

  it('ignores a missing, unknown or hostile language, so the default column stays', () => {
    expect(ownLanguageOf('', localeCodes)).toBeUndefined();
    expect(ownLanguageOf('?lang=xx', localeCodes)).toBeUndefined();
    expect(ownLanguageOf('?lang=AR', localeCodes)).toBeUndefined();
    expect(ownLanguageOf('?lang=%3Cscript%3Ealert(1)%3C/script%3E', localeCodes)).toBeUndefined();
    expect(ownLanguageOf('?lang=ar%22%20onload=%22x', localeCodes)).toBeUndefined();
  });
});

describe('the page at an old sheet address', () => {
  const html = oldSheetPage('ar', 'alpha-housing', csp);

  it('sends the reader on to the sheet with the caseworker’s column in the old address’s language', () => {
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/sheets/alpha-housing/?lang=ar">');
    expect(html).toContain('<a href="/sheets/alpha-housing/?lang=ar">');
    expect(html).toContain(`<script src="${forwardScriptPath}"></script>`);
  });

  it('is noindex and carries the site’s Content Security Policy tag', () => {
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain(csp);
  });

  it('escapes what it writes into attributes and text, so a hostile slug stays inert', () => {
    const hostile = oldSheetPage('en', 'x"><script>alert(1)</script>', csp);
    expect(hostile).not.toContain('<script>alert');
    expect(hostile).toContain('x&quot;&gt;&lt;script&gt;');
  });
});

describe('the Content Security Policy tag of a built page', () => {
  it('is found in the page’s head, and missing where there is none', () => {
    expect(cspTagOf(`<head><meta charset="utf-8">${csp}<title>x</title>`)).toBe(csp);
    expect(cspTagOf('<head><title>x</title></head>')).toBeUndefined();
  });
});
