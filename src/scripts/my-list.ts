/**
 * The My list page: shows the list stored on this device, or the list a link carries
 * (#s=…&e=…) with a button to save it here. Names, summaries and dates come from the locale's
 * My list files, only those the saved items are in (src/lib/sharing/my-list-data.ts). Storage is written only when the
 * reader taps (save the shared list, remove an item, clear).
 */
import {
  bucketOf,
  isEmpty,
  listHash,
  merge,
  parseListHash,
  parseStored,
  sameItems,
  serialize,
  storageKey,
  toggle,
  type ListKind,
  type MyList,
} from '../lib/sharing/my-list';
import { loadJson } from '../lib/routing/load-json';
import type { ListFile } from '../lib/sharing/my-list-data';
import { isLocale } from '../lib/i18n/locales';
import { paths } from '../lib/routing/routes';
import { localToday } from '../lib/dates/today';

const root = document.querySelector<HTMLElement>('[data-my-list]');
const locale = root?.dataset.locale;
// A page whose list names no site language has nothing this script could say in it.
if (root && locale !== undefined && isLocale(locale)) {
  const strings = JSON.parse(document.getElementById('my-list-strings')?.textContent ?? '{}') as Record<string, string>;
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const status = $('[data-list-status]');
  const buckets = Number(root.dataset.buckets);
  const say = (text: string) => {
    status.textContent = text;
  };

  const readStored = (): MyList => {
    try {
      return parseStored(localStorage.getItem(storageKey));
    } catch {
      return parseStored(null);
    }
  };
  const writeStored = (list: MyList) => {
    try {
      if (isEmpty(list)) localStorage.removeItem(storageKey);
      else localStorage.setItem(storageKey, serialize(list));
    } catch {
      // Storage is off (private mode): the list lives only in this page.
    }
  };

  // The records of the given slugs, from the files they are in (each file fetched once).
  const records = async <K extends ListKind>(kind: K, slugs: string[]): Promise<Map<string, ListFile[K][number]>> => {
    const files = await Promise.all(
      [...new Set(slugs.map((slug) => bucketOf(slug, buckets)))].map((b) => loadJson<ListFile>(paths.myListData(locale, b))),
    );
    return new Map(files.flatMap((f) => (f[kind] as ListFile[K][number][]).map((r) => [r.slug, r] as const)));
  };

  const el = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    props: Partial<HTMLElementTagNameMap[K]> = {},
    ...children: (Node | string)[]
  ) => {
    const node = Object.assign(document.createElement(tag), props);
    node.append(...children);
    return node;
  };
  const withLang = <T extends HTMLElement>(node: T, lang?: string) => {
    if (lang) {
      node.lang = lang;
      // A fallback passage takes the direction of its own text, as in the finder and search islands.
      node.dir = 'auto';
    }
    return node;
  };

  // One label per card whose name or summary is still in another language, as cards on the pages have.
  const untranslatedTag = (...langs: (string | undefined)[]) => {
    if (!langs.some(Boolean) || !strings.untranslated) return [];
    const tag = el('li', { className: 'tag untranslated' }, strings.untranslated);
    tag.dataset.untranslated = '';
    return [tag];
  };

  let showing = readStored();
  let fromLink = false;
  const shared = parseListHash(location.hash);
  if (shared && !isEmpty(shared) && !sameItems(shared, showing)) {
    showing = shared;
    fromLink = true;
  }

  const removeButton = (kind: ListKind, slug: string, name: string) => {
    const button = el(
      'button',
      { type: 'button', className: 'button button-quiet' },
      strings.remove,
      el('span', { className: 'visually-hidden' }, `: ${name}`),
    );
    button.addEventListener('click', () => {
      showing = toggle(showing, kind, slug);
      writeStored(showing);
      void render();
    });
    return button;
  };

  /** A saved item this language's My list files no longer have (removed from the directory). */
  const unknownCard = (kind: ListKind, slug: string) =>
    el(
      'li',
      { className: 'card' },
      el('h3', {}, slug),
      el('p', { className: 'muted' }, strings.unknown),
      ...(fromLink ? [] : [removeButton(kind, slug, slug)]),
    );

  const today = localToday(new Date());

  async function render(): Promise<void> {
    const servicesList = $('[data-services]');
    const entriesList = $('[data-entries]');
    $('[data-shared]').hidden = !fromLink;
    $('[data-empty]').hidden = !isEmpty(showing);
    $('[data-services-section]').hidden = showing.services.length === 0;
    $('[data-entries-section]').hidden = showing.entries.length === 0;
    $('[data-share-list]').hidden = isEmpty(showing) || fromLink;

    const link = $<HTMLAnchorElement>('[data-list-link]');
    link.href = `${location.origin}/${locale}/my-list/${listHash(showing)}`;
    link.textContent = link.href;

    try {
      if (showing.services.length) {
        const bySlug = await records('services', showing.services);
        servicesList.replaceChildren(
          ...showing.services.map((slug) => {
            const s = bySlug.get(slug);
            if (!s) return unknownCard('services', slug);
            return el(
              'li',
              { className: 'card' },
              el('h3', {}, withLang(el('a', { href: `/${locale}/services/${slug}/` }, s.name), s.nameLang)),
              withLang(el('p', {}, s.summary), s.summaryLang),
              el('ul', { className: 'tags' }, ...untranslatedTag(s.nameLang, s.summaryLang), el('li', { className: 'tag' }, s.towns)),
              ...(fromLink ? [] : [removeButton('services', slug, s.name)]),
            );
          }),
        );
      } else servicesList.replaceChildren();

      if (showing.entries.length) {
        const bySlug = await records('entries', showing.entries);
        entriesList.replaceChildren(
          ...showing.entries.map((slug) => {
            const e = bySlug.get(slug);
            if (!e) return unknownCard('entries', slug);
            const next = e.next && e.next.end >= today ? [el('p', { className: 'when' }, e.next.when)] : [];
            return el(
              'li',
              { className: 'card' },
              ...next,
              el('h3', {}, withLang(el('a', { href: `/${locale}/calendar/${slug}/` }, e.title), e.titleLang)),
              el(
                'ul',
                { className: 'tags' },
                el('li', { className: 'tag' }, e.kind),
                ...untranslatedTag(e.titleLang),
                el('li', { className: 'tag' }, e.towns),
              ),
              ...(fromLink ? [] : [removeButton('entries', slug, e.title)]),
            );
          }),
        );
      } else entriesList.replaceChildren();
    } catch {
      say(strings.loadFailed);
    }
  }

  $('[data-keep-shared]').addEventListener('click', () => {
    showing = merge(readStored(), showing);
    writeStored(showing);
    fromLink = false;
    history.replaceState(null, '', location.pathname);
    say(strings.kept);
    void render();
  });

  $('[data-clear]').addEventListener('click', () => {
    showing = parseStored(null);
    writeStored(showing);
    say(strings.cleared);
    void render();
  });

  const current = () => $<HTMLAnchorElement>('[data-list-link]').href;
  const native = $<HTMLButtonElement>('[data-share-native]');
  if (typeof navigator.share === 'function') {
    native.hidden = false;
    native.addEventListener('click', () => navigator.share({ url: current(), title: document.title }).catch(() => undefined));
  }
  const copy = $<HTMLButtonElement>('[data-copy]');
  if (navigator.clipboard && typeof navigator.clipboard.writeText === 'function') {
    copy.hidden = false;
    copy.addEventListener('click', () =>
      navigator.clipboard.writeText(current()).then(
        () => say(strings.copied),
        () => say(strings.copyFailed),
      ),
    );
  }

  addEventListener('hashchange', () => {
    const next = parseListHash(location.hash);
    if (next && !isEmpty(next)) {
      showing = next;
      fromLink = !sameItems(next, readStored());
      void render();
    }
  });

  void render();
}
