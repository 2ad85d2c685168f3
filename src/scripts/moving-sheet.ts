/**
 * The moving sheet's script (src/pages/[locale]/moving/sheet.astro): reads the towns, the answers
 * and the client's language from the URL (src/lib/moving/sheet.ts drops what it does not know),
 * fetches the two towns' files in each language (the moving view's own files), compares them with
 * the moving view's `compareTowns` and writes one block per language, the caseworker's first,
 * each with the QR code of the moving view's link in its language and the date it is printed.
 *
 * Every text goes in as a text node (editors' names and notes stay inert). The QR code is drawn on
 * the phone by the same `qrcode` library the build uses (about 10 KB gzipped): the links carry
 * the URL's answers, so no build-time file could hold them.
 */
import QRCode from 'qrcode';
import { loadJson } from '~/lib/routing/load-json';
import { paths } from '~/lib/routing/routes';
import { uiText, type UiText } from '~/lib/i18n/ui-text';
import { isLocale, type LocaleCode } from '~/lib/i18n/locales';
import { compareTowns, type MovingService, type MovingStep, type MovingTown, type MovingView } from '~/lib/moving/moving';
import { movingSheetQuery, parseMovingSheet, sheetLanguages, type MovingSheetRequest } from '~/lib/moving/sheet';
import type { MovingSheetData, MovingSheetLanguage } from '~/lib/pages/moving-sheet-page';

type Child = Node | string | false | undefined;

/** An element with attributes (undefined ones left out) and children as text nodes or elements. */
function el(tag: string, attrs: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(name, value);
  for (const child of children) if (child !== false && child !== undefined) node.append(child);
  return node;
}

/** A service's name as a link, with its language when it fell back to English. */
const serviceLink = (s: MovingService) => el('a', { href: s.href, lang: s.nameLang, dir: s.nameLang ? 'auto' : undefined }, s.name);

/** The QR code of `url` as an SVG element, from the library's SVG text (only numbers and colours). */
async function qrCode(url: string, label: string): Promise<Element> {
  const text = await QRCode.toString([{ data: new TextEncoder().encode(url), mode: 'byte' }], {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' },
  });
  const svg = document.importNode(new DOMParser().parseFromString(text, 'image/svg+xml').documentElement, true);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('class', 'moving-sheet-qr');
  return svg;
}

/** Today's date in the block's language (the Gregorian calendar, as the rest of the site). */
const today = (tag: string) => new Intl.DateTimeFormat(tag, { dateStyle: 'long', calendar: 'gregory' }).format(new Date());

/** One language's block of the sheet. */
async function block(
  lang: MovingSheetLanguage,
  request: MovingSheetRequest,
  from: MovingTown,
  to: MovingTown,
  site: string,
  own: boolean,
): Promise<HTMLElement> {
  const t: UiText = uiText(lang.strings, lang.code);
  const v: MovingView = compareTowns(from, to, request.profile);
  const answered = Object.keys(request.profile).length > 0;
  const townName = (slug: string) => (slug === from.town ? from.name : to.name);
  const topicName = (slug: string) => to.topics.find((x) => x.slug === slug)?.name ?? slug;
  const stepServices = new Set(v.steps.map((s) => s.service));
  const redo = v.redo.filter((s) => !stepServices.has(s.slug));
  const section = (id: string, title: string, empty: boolean, ...body: Child[]) =>
    el('section', { 'data-section': id }, el('h3', {}, title), ...(empty ? [el('p', { class: 'muted' }, t('nothing'))] : body));
  const list = (items: Node[]) => el('ul', {}, ...items.map((item) => el('li', {}, item)));
  const step = (s: MovingStep) =>
    el(
      'li',
      { 'data-step': s.step },
      s.textLang?.label && el('span', { class: 'untranslated' }, s.textLang.label, ' '),
      el('span', { lang: s.textLang?.lang, dir: s.textLang?.dir }, s.todo),
      (s.deadline || s.whenNote) &&
        el(
          'span',
          { class: 'when' },
          ' · ',
          s.deadline && el('strong', {}, s.deadline),
          s.deadline && s.whenNote && ' · ',
          s.whenNote && el('span', { lang: s.textLang?.lang, dir: s.textLang?.dir }, s.whenNote),
        ),
      el('br'),
      t('where'),
      ' ',
      el('a', { href: s.serviceHref }, s.serviceName),
      s.who.length > 0 && ` · ${s.who.join(' · ')}`,
      s.documents.length > 0 && el('br'),
      s.documents.length > 0 && `${t('bring')} ${s.documents.join(' · ')}`,
    );
  const table = (c: MovingView['different'][number]) =>
    el(
      'div',
      { 'data-topic': c.topic },
      el('h4', { id: `sheet-${lang.code}-${c.topic}` }, topicName(c.topic)),
      // On a phone the table scrolls in its own region (as the moving view's); on paper it is whole.
      el(
        'div',
        { class: 'table-scroll', role: 'region', 'aria-labelledby': `sheet-${lang.code}-${c.topic}`, tabindex: '0' },
        el(
          'table',
          { class: 'rules' },
          el(
            'thead',
            {},
            el(
              'tr',
              {},
              el('td'),
              ...c.columns.map(({ town, service }) =>
                el('th', { scope: 'col' }, el('span', { class: 'muted' }, townName(town)), el('br'), serviceLink(service)),
              ),
            ),
          ),
          el(
            'tbody',
            {},
            ...c.rows.map((row) =>
              el(
                'tr',
                { 'data-row': row.key },
                el('th', { scope: 'row' }, row.label),
                ...row.cells.map((cell, i) =>
                  el(
                    'td',
                    { class: row.differs[i] ? 'differs' : undefined },
                    row.differs[i] && el('span', { class: 'diff-mark', 'aria-hidden': 'true' }, '≠ '),
                    cell,
                    row.differs[i] && el('span', { class: 'visually-hidden' }, ` (${t('differsLabel')})`),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    );
  const url = new URL(`${paths.moving(lang.code as LocaleCode)}${movingSheetQuery(request)}`, site).href;
  return el(
    'article',
    { id: lang.code, class: `sheet-col moving-sheet-block ${own ? 'sheet-own' : 'sheet-client'}`, lang: lang.tag, dir: lang.dir },
    el('p', { class: 'moving-sheet-kind' }, t('sheet.title')),
    el('h2', {}, t('heading', { from: from.name, to: to.name })),
    answered && el('p', { class: 'muted' }, t('filtered')),
    section('steps', t('stepsTitle', { town: to.name }), v.steps.length === 0, el('ol', {}, ...v.steps.map(step))),
    section('redo', t('redoTitle', { town: to.name }), redo.length === 0, el('p', {}, t('redoIntro')), list(redo.map(serviceLink))),
    section(
      'clocks',
      t('clocksTitle'),
      v.clocks.length === 0,
      list(v.clocks.map((s) => el('span', {}, serviceLink(s), `: ${s.clock}. ${t('clockNote', { town: to.name, from: from.name })}`))),
    ),
    section(
      'dates',
      t('datesTitle', { town: to.name }),
      v.dates.length === 0,
      list(
        v.dates.map((d) =>
          el('span', {}, el('span', { lang: d.titleLang, dir: d.titleLang ? 'auto' : undefined }, d.title), ` · ${d.when}`),
        ),
      ),
    ),
    section('stays', t('staysTitle'), v.stays.length === 0, el('p', {}, t('staysIntro')), list(v.stays.map(serviceLink))),
    section('different', t('differentTitle'), v.different.length === 0, ...v.different.map(table)),
    section('gains', t('gainsTitle', { town: to.name }), v.gains.length === 0, el('p', {}, v.gains.map(topicName).join(' · '))),
    section('gaps', t('gapsTitle', { town: to.name }), v.gaps.length === 0, el('p', {}, v.gaps.map(topicName).join(' · '))),
    section(
      'notes',
      t('notesTitle'),
      v.notes.length === 0,
      list(
        v.notes.map(({ town, service }) =>
          el(
            'span',
            {},
            serviceLink(service),
            ` (${townName(town)}): `,
            el('span', { lang: service.movingNoteLang, dir: service.movingNoteLang ? 'auto' : undefined }, service.movingNote),
          ),
        ),
      ),
    ),
    el(
      'div',
      { class: 'sheet-link' },
      await qrCode(url, t('sheet.qrAlt', { language: lang.label })),
      el(
        'p',
        {},
        t('sheet.scan'),
        el('br'),
        el('a', { href: url, dir: 'ltr' }, url),
        el('br'),
        t('sheet.printed', { date: today(lang.tag) }),
      ),
    ),
  );
}

/** The Print button (without JavaScript there is no sheet to print). */
function printButton() {
  const button = document.querySelector<HTMLButtonElement>('[data-print]');
  if (!button || typeof window.print !== 'function') return;
  button.hidden = false;
  document.querySelector<HTMLElement>('[data-print-hint]')?.setAttribute('hidden', '');
  button.addEventListener('click', () => window.print());
}

async function main() {
  const dataNode = document.getElementById('moving-sheet-data');
  const sheet = document.querySelector<HTMLElement>('.moving-sheet');
  if (!dataNode?.textContent || !sheet) return;
  const data = JSON.parse(dataNode.textContent) as MovingSheetData;
  const request = parseMovingSheet(location.search, data.own, {
    towns: data.towns,
    statuses: data.statuses,
    locales: data.languages.map((l) => l.code),
  });
  // The language links and the way back keep the URL's answers.
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-sheet-lang]')) {
    const code = link.dataset.sheetLang;
    const client = code && code !== data.own && isLocale(code) ? code : undefined;
    link.href = `${location.pathname}${movingSheetQuery({ ...request, client }, true)}`;
    if (client === request.client) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
  const back = document.querySelector<HTMLAnchorElement>('[data-moving-back]');
  if (back) back.href = `${back.pathname}${movingSheetQuery(request)}`;
  const { from, to } = request;
  if (!from || !to || from === to) {
    sheet.dataset.state = 'choose';
    return;
  }
  document.querySelector<HTMLElement>('[data-sheet-choose]')?.setAttribute('hidden', '');
  sheet.dataset.state = 'loading';
  try {
    const languages = sheetLanguages(data.own, request.client).flatMap((code) => data.languages.filter((l) => l.code === code));
    const blocks = await Promise.all(
      languages.map(async (lang, i) => {
        const locale = lang.code;
        const [a, b] = await Promise.all([
          loadJson<MovingTown>(paths.movingTown(locale, from)),
          loadJson<MovingTown>(paths.movingTown(locale, to)),
        ]);
        return block(lang, request, a, b, data.site, i === 0);
      }),
    );
    sheet.replaceChildren(...blocks);
    sheet.dataset.state = 'ready';
    printButton();
  } catch {
    document.querySelector<HTMLElement>('[data-sheet-failed]')?.removeAttribute('hidden');
    sheet.dataset.state = 'failed';
  }
}

void main();
