import { describe, expect, it } from 'vitest';
import { classify, idsIn, linksIn } from '../../src/lib/links';

const origin = new URL('https://crossroads.example.org');

describe('finding links in built HTML', () => {
  it('reads href, src and action with entities decoded', () => {
    expect(linksIn('<a href="/en/?a=1&amp;b=2">x</a><img src="/i.svg" alt=""><form action="/f/">')).toEqual([
      { attr: 'href', url: '/en/?a=1&b=2' },
      { attr: 'src', url: '/i.svg' },
      { attr: 'action', url: '/f/' },
    ]);
  });

  it('collects ids for #fragment checks', () => {
    expect(idsIn('<h2 id="who">x</h2><a name="old"></a>')).toEqual(new Set(['who', 'old']));
  });
});

describe('classifying links', () => {
  it('resolves relative and absolute links on the site to paths', () => {
    expect(classify('../x/#who', '/en/services/a/', origin)).toEqual({ kind: 'internal', path: '/en/services/x/', fragment: 'who' });
    expect(classify('https://crossroads.example.org/ar/', '/en/', origin)).toEqual({ kind: 'internal', path: '/ar/' });
  });

  it('treats webcal links to the site as its own feeds', () => {
    expect(classify('webcal://crossroads.example.org/feeds/en/all.ics', '/en/', origin)).toEqual({ kind: 'internal', path: '/feeds/en/all.ics' });
  });

  it('separates other sites and phone apps', () => {
    expect(classify('https://www.openstreetmap.org/?mlat=1', '/en/', origin).kind).toBe('external');
    expect(classify('tel:+39123', '/en/', origin).kind).toBe('app');
    expect(classify('geo:42,11', '/en/', origin).kind).toBe('app');
  });
});
