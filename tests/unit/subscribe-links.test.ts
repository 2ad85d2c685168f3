import { describe, expect, it } from 'vitest';
import { feedLinks } from '~/lib/calendar/subscribe-links';

const site = 'https://crossroads.example.org';

describe('links to subscribe to a feed', () => {
  const links = feedLinks('/feeds/ar/towns/alpha.ics', site, 'Crossroads: ألفا');

  it('makes the feed address absolute on the site’s configured URL', () => {
    expect(links.https).toBe('https://crossroads.example.org/feeds/ar/towns/alpha.ics');
    expect(feedLinks('/feeds/en/all.ics', 'https://dir.example.net/base/', 'x').https).toBe('https://dir.example.net/feeds/en/all.ics');
  });

  it('gives calendar apps the same address as webcal:', () => {
    expect(links.webcal).toBe('webcal://crossroads.example.org/feeds/ar/towns/alpha.ics');
  });

  it('hands Google Calendar the webcal address, encoded, as cid', () => {
    expect(links.google).toBe(
      'https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2Fcrossroads.example.org%2Ffeeds%2Far%2Ftowns%2Falpha.ics',
    );
    expect(new URL(links.google).searchParams.get('cid')).toBe(links.webcal);
  });

  it('hands Outlook the https address and the calendar’s name', () => {
    const url = new URL(links.outlook);
    expect(url.origin + url.pathname).toBe('https://outlook.live.com/calendar/0/addfromweb');
    expect(url.searchParams.get('url')).toBe(links.https);
    expect(url.searchParams.get('name')).toBe('Crossroads: ألفا');
  });
});

describe('a hostile calendar name', () => {
  const name = `Crossroads: A&B "<script>alert(1)</script>" ' #x ?y=1 + %20\r\nX-INJECTED:1`;
  const links = feedLinks('/feeds/en/towns/a.ics', site, name);

  it('stays one query value, decoded back to exactly what it was', () => {
    const url = new URL(links.outlook);
    expect([...url.searchParams.keys()]).toEqual(['url', 'name']);
    expect(url.searchParams.get('name')).toBe(name);
    expect(url.hash).toBe('');
  });

  it('leaves no character in the link that could end an attribute, a tag or the query', () => {
    expect(links.outlook).not.toMatch(/[\s"'<>#]/);
    expect(links.outlook.match(/&/g)).toHaveLength(1);
  });
});
