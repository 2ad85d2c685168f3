/**
 * The subscribe page on the mini fixture: every feed offers the calendar app (webcal:), Google
 * Calendar and Outlook as plain links with absolute, correctly encoded feed addresses, says what
 * it subscribes to, and loads nothing from Google or Microsoft.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { readPage, sites } from '../helpers/build';

const page = (p: string) => readPage(sites.mini, p);
const decode = (s: string) =>
  s.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>');
const hrefs = (html: string, prefix: string) =>
  [...html.matchAll(/href="([^"]*)"/g)].map((m) => decode(m[1])).filter((h) => h.startsWith(prefix));

describe('the subscribe page', () => {
  const html = page('/ar/calendar/subscribe/');

  it('offers each feed (all towns, both towns, both topics with dates) to the calendar app, Google and Outlook', () => {
    const feeds = ['all', 'towns/alpha', 'towns/beta', 'categories/housing', 'categories/food'];
    const webcal = hrefs(html, 'webcal:');
    const google = hrefs(html, 'https://calendar.google.com/');
    const outlook = hrefs(html, 'https://outlook.live.com/');
    for (const feed of feeds) {
      const https = `https://crossroads.example.org/feeds/ar/${feed}.ics`;
      expect(webcal, feed).toContain(`webcal://crossroads.example.org/feeds/ar/${feed}.ics`);
      expect(
        google.map((h) => new URL(h).searchParams.get('cid')),
        feed,
      ).toContain(`webcal://crossroads.example.org/feeds/ar/${feed}.ics`);
      expect(
        outlook.map((h) => new URL(h).searchParams.get('url')),
        feed,
      ).toContain(https);
      expect(html, feed).toContain(`data-feed-url>${https}</code>`);
    }
    expect(webcal).toHaveLength(feeds.length);
  });

  it('names each calendar in Outlook as its feed does, in the page’s language', () => {
    const names = hrefs(html, 'https://outlook.live.com/').map((h) => new URL(h).searchParams.get('name'));
    const feedName = new ICAL.Component(ICAL.parse(page('/feeds/ar/towns/alpha.ics'))).getFirstPropertyValue('x-wr-calname');
    expect(feedName).toBe('تقويم Crossroads: ألفا');
    expect(names).toContain(feedName);
  });

  it('says that a town’s or topic’s entry subscribes, rather than showing a bare name', () => {
    expect(html).toContain('<h3 id="feed-town-alpha">اشترك في مواعيد ألفا</h3>');
    expect(html).toContain('<h3 id="feed-category-housing">اشترك في مواعيد السكن</h3>');
    expect(html).not.toMatch(/<a href="webcal:[^"]*">ألفا<\/a>/);
  });

  it('links out to Google and Outlook only as plain links, with no referrer, and loads nothing from them', () => {
    for (const m of html.matchAll(/<a href="https:\/\/(?:calendar\.google\.com|outlook\.live\.com)[^>]*>/g))
      expect(m[0]).toContain('rel="noopener noreferrer external"');
    expect(html).not.toMatch(/<(?:img|script|link|iframe)[^>]+(?:google|outlook|microsoft|live)\.com/);
    expect(html).not.toMatch(/rel="[^"]*(?:prefetch|preconnect|dns-prefetch)/);
  });

  it('writes each address out in full without JavaScript, with a Copy button for the script to show', () => {
    expect(html).toContain('<p class="feed-copy"><span>عنوان التقويم للنسخ واللصق:</span>');
    expect(html).toContain(
      '<code id="feed-url-town-alpha" class="feed-url" dir="ltr" translate="no" data-feed-url>https://crossroads.example.org/feeds/ar/towns/alpha.ics</code>',
    );
    expect(html).toContain(
      '<button type="button" class="button button-quiet" aria-describedby="feed-url-town-alpha" data-copy-feed hidden>انسخ العنوان</button>',
    );
  });

  it('names, in its steps, the buttons that are on the page', () => {
    expect(html).toContain('اضغط «اشترك في تطبيق التقويم» تحت التقويم');
    expect(html).toContain('ICSx⁵');
  });
});

describe('the subscribe box under an agenda', () => {
  it('offers the town’s own feed the same ways', () => {
    const html = page('/en/calendar/towns/beta/');
    expect(hrefs(html, 'webcal:')).toContain('webcal://crossroads.example.org/feeds/en/towns/beta.ics');
    expect(hrefs(html, 'https://outlook.live.com/').map((h) => new URL(h).searchParams.get('name'))).toEqual(['Crossroads: Beta']);
    expect(html).toContain('id="feed-url-town-beta"');
  });
});
