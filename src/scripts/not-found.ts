/**
 * On the 404 page only: speak the language the missing address names. A host serves the same
 * /404.html for /ar/anything and /fa/anything, so the page is built with every language's words
 * (src/lib/i18n/not-found.ts, as inert JSON) and this picks one from the address's first segment: the
 * document's language and direction, its title, the heading, and links to that language's start
 * page and search. Without JavaScript, or for an address that names no language, the page keeps
 * every language's line and start page. Text is set as text, never as markup.
 */
import type { NotFoundWords } from '../lib/i18n/not-found';
import { localeOfPath } from '../lib/routing/routes';

const data = document.getElementById('not-found-words');
const locale = localeOfPath(location.pathname);
const all: Partial<Record<string, NotFoundWords>> = data?.textContent ? JSON.parse(data.textContent) : {};
const words = locale ? all[locale] : undefined;

if (words) {
  const root = document.documentElement;
  root.lang = words.tag;
  root.dir = words.dir;
  document.title = words.documentTitle;

  const brand = document.querySelector<HTMLAnchorElement>('.site-header .brand');
  if (brand) {
    brand.href = words.home;
    brand.textContent = words.siteName;
  }

  const heading = document.getElementById('not-found-title');
  if (heading) {
    heading.textContent = words.title;
    const actions = document.createElement('ul');
    actions.className = 'actions';
    for (const [href, label] of [
      [words.home, words.goHome],
      [words.search, words.searchLabel],
    ]) {
      const link = document.createElement('a');
      link.href = href;
      link.textContent = label;
      const item = document.createElement('li');
      item.append(link);
      actions.append(item);
    }
    heading.after(actions);
  }
}
