import { describe, expect, it } from 'vitest';
import { classify, htmlAddresses, linksInData, urlsInCss } from '../helpers/links';

const origin = new URL('https://crossroads.example.org');
const urls = (html: string) => htmlAddresses(html).links.map((l) => `${l.where} ${l.url}${l.embedded ? ' (loaded)' : ''}`);

describe('finding links in built HTML, as a browser parses it', () => {
  it('reads href, src and action with entities decoded, in any quoting', () => {
    expect(urls(`<a href='/en/?a=1&amp;b=2'>x</a><img src=/i.svg alt=""><form action="/f/"></form>`)).toEqual([
      'a href /en/?a=1&b=2',
      'img src /i.svg (loaded)',
      'form action /f/',
    ]);
  });

  it('reads every candidate of a srcset, and knows an image is loaded without a tap', () => {
    expect(urls('<img src="/a.png" srcset="/a-2x.png 2x, https://cdn.example.com/a-3x.png 3x" alt="">')).toEqual([
      'img src /a.png (loaded)',
      'img srcset /a-2x.png (loaded)',
      'img srcset https://cdn.example.com/a-3x.png (loaded)',
    ]);
  });

  it('reads URL-valued meta content, a refresh target, and url() in styles', () => {
    expect(
      urls(
        '<head><meta property="og:image" content="/og.png"><meta name="description" content="/not-a-link"><meta http-equiv="refresh" content="0; url=/en/"><style>b{background:url("/b.svg")}</style></head><p style="background:url(/p.svg)">',
      ),
    ).toEqual(['meta og:image /og.png', 'meta refresh /en/', 'style url() /b.svg (loaded)', 'p style url() /p.svg (loaded)']);
  });

  it('tells a stylesheet link, which loads, from a plain alternate link, which waits for a tap', () => {
    expect(urls('<link rel="stylesheet" href="/s.css"><link rel="alternate" hreflang="ar" href="/ar/">')).toEqual([
      'link href /s.css (loaded)',
      'link href /ar/',
    ]);
  });

  it('collects ids for #fragment checks', () => {
    expect(htmlAddresses(`<h2 id='who'>x</h2><a name="old"></a><p name="not-an-anchor"></p>`).ids).toEqual(new Set(['who', 'old']));
  });
});

describe('finding links in stylesheets and data files', () => {
  it('reads url() in any quoting, leaving SVG fragment references out', () => {
    expect(urlsInCss(`a{background:url(/x.svg)} b{mask:url('/m.svg#i')} c{fill:url(#grad)} @font-face{src:url("/f.woff2")}`)).toEqual([
      '/x.svg',
      '/m.svg#i',
      '/f.woff2',
    ]);
  });

  it('unfolds iCalendar lines before reading their URLs', () => {
    const ics = 'BEGIN:VEVENT\r\nURL:https://crossroads.example.org/en/cal\r\n endar/x/\r\nEND:VEVENT\r\n';
    expect(linksInData(ics, 'ics').map((l) => l.url)).toEqual(['https://crossroads.example.org/en/calendar/x/']);
  });

  it('reads absolute URLs and site paths in JSON, such as a manifest’s start_url and icons', () => {
    const manifest = JSON.stringify({
      start_url: '/en/',
      icons: [{ src: '/icons/192.png' }],
      description: 'a/b',
      url: 'https://crossroads.example.org/x/',
    });
    expect(linksInData(manifest, 'json').map((l) => `${l.url}${l.embedded ? ' (loaded)' : ''}`)).toEqual([
      'https://crossroads.example.org/x/',
      '/en/',
      '/icons/192.png (loaded)',
    ]);
  });
});

describe('classifying links', () => {
  it('resolves relative and absolute links on the site to paths', () => {
    expect(classify('../x/#who', '/en/services/a/', origin)).toEqual({ kind: 'internal', path: '/en/services/x/', fragment: 'who' });
    expect(classify('https://crossroads.example.org/ar/', '/en/', origin)).toEqual({ kind: 'internal', path: '/ar/' });
  });

  it('treats webcal links to the site as its own feeds', () => {
    expect(classify('webcal://crossroads.example.org/feeds/en/all.ics', '/en/', origin)).toEqual({
      kind: 'internal',
      path: '/feeds/en/all.ics',
    });
  });

  it('separates other sites and phone apps', () => {
    expect(classify('https://www.openstreetmap.org/?mlat=1', '/en/', origin).kind).toBe('external');
    expect(classify('tel:+39123', '/en/', origin).kind).toBe('app');
    expect(classify('geo:42,11', '/en/', origin).kind).toBe('app');
  });
});
