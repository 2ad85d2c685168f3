/**
 * The eligibility finder's island: the town lists its services; whom the help is for (the reader,
 * their child, another adult), that person's age and residence status narrow them, and where the
 * town's services depend on them, the groups the person belongs to and their registration in the
 * town. Hidden services say why. Services of other towns open to every partner town's residents
 * load only when asked for. The answers are kept only in the URL (`?town=&for=&age=…`, see
 * `profileQuery`), so the list can be sent as a link; they are never stored or sent anywhere.
 * "Sort by distance from me" orders the services shown by their nearest place with search's
 * functions (src/lib/search/distance.ts), the position asked of the browser once tapped and kept
 * only in memory.
 *
 * The page renders this island on the server too (client:load), with no answers and no data, so
 * the form takes its place before the script runs and nothing below it jumps when it does. That
 * first render must therefore not read the URL: the answers are read in an effect.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { getLocale, type LocaleCode } from '~/lib/i18n/locales';
import { paths } from '~/lib/routing/routes';
import {
  applyFinder,
  audienceQuestions,
  isUntranslatedCard,
  parseAge,
  parseMonths,
  parseProfile,
  profileQuery,
  whoOptions,
  type AskedAudience,
  type FinderIndex,
  type FinderNetworkWide,
  type FinderProfile,
  type FinderService,
  type FinderTown,
  type ReasonKind,
} from '~/lib/search/finder';
import { loadJson } from '~/lib/routing/load-json';
import { NearMeButton } from '../NearMeButton';
import { formatDistance, parseGeo, sortByDistance, type Point } from '~/lib/search/distance';
import { uiText, type UiStrings } from '~/lib/i18n/ui-text';

export interface FinderIslandProps {
  locale: LocaleCode;
  /** The locale's `finder` strings, flattened, plus `closed` and `ended` status labels. */
  strings: UiStrings;
  /** URL of the locale's finder index (towns and statuses). */
  dataUrl: string;
  /** Topic pages, offered until a town is chosen or if the list cannot load. */
  topics: { href: string; label: string }[];
  /**
   * The label of a card whose name or summary fell back to the default language ("باللغة
   * الإنجليزية"), in the reader's language, from `untranslatedLabel`; undefined on the default
   * language's pages.
   */
  untranslated?: string;
}

/** A yes / no / not sure answer as the radio buttons hold it. */
type Answer = 'yes' | 'no' | '';
const answerOf = (b: boolean | undefined): Answer => (b === undefined ? '' : b ? 'yes' : 'no');
const boolOf = (a: string): boolean | undefined => (a === 'yes' ? true : a === 'no' ? false : undefined);

export default function FinderIsland({ locale, strings, dataUrl, topics, untranslated }: FinderIslandProps) {
  const t = useMemo(() => uiText(strings, locale), [strings, locale]);
  // Element ids: one finder per page, and ids that start with a letter (React's useId ones do not).
  const id = 'finder-';
  const [data, setData] = useState<FinderIndex | null>(null);
  const [townData, setTownData] = useState<FinderTown | null>(null);
  const [networkWide, setNetworkWide] = useState<FinderNetworkWide | null>(null);
  const [failed, setFailed] = useState(false);
  const [profile, setProfile] = useState<FinderProfile>({});
  // What is in the number boxes, which may be half-typed or invalid; only valid numbers filter.
  const [ageInput, setAgeInput] = useState('');
  const [monthsInput, setMonthsInput] = useState('');
  // The reader's position once they asked to sort by distance; only ever in memory.
  const [near, setNear] = useState<{ phase: 'off' | 'asking' | 'unavailable' } | { phase: 'on'; from: Point }>({ phase: 'off' });

  const known = useMemo(
    () => ({ towns: data?.towns.map((x) => x.slug) ?? [], statuses: data?.statuses.map((x) => x.value) ?? [] }),
    [data],
  );

  useEffect(() => {
    loadJson<FinderIndex>(dataUrl)
      .then(setData)
      .catch(() => setFailed(true));
  }, [dataUrl]);

  // The chosen town's services (a town chosen again comes from the same request). Until they
  // arrive, or with no town, `town` below is null.
  useEffect(() => {
    if (!profile.town) return;
    let current = true;
    loadJson<FinderTown>(paths.finderTown(locale, profile.town))
      .then((d) => current && setTownData(d))
      .catch(() => current && setFailed(true));
    return () => {
      current = false;
    };
  }, [locale, profile.town]);

  const loadNetworkWide = () => {
    if (!networkWide)
      loadJson<FinderNetworkWide>(paths.finderNetworkWide(locale))
        .then(setNetworkWide)
        .catch(() => setFailed(true));
  };

  // Once the data says which towns exist, read the answers from the URL (and again on back/forward).
  useEffect(() => {
    if (!data) return;
    const read = () => {
      const p = parseProfile(location.search, known);
      const raw = new URLSearchParams(location.search);
      setProfile(p);
      // A typed value that is not a number stays in its box (marked invalid), never as markup.
      setAgeInput(p.age !== undefined ? String(p.age) : (raw.get('age') ?? '').slice(0, 3));
      setMonthsInput(p.months !== undefined ? String(p.months) : (raw.get('months') ?? '').slice(0, 3));
    };
    read();
    addEventListener('popstate', read);
    return () => removeEventListener('popstate', read);
  }, [data, known]);

  const update = (next: FinderProfile) => {
    setProfile(next);
    history.replaceState(null, '', `${location.pathname}${profileQuery(next)}`);
  };

  const who = profile.who ?? 'me';
  const townNames = useMemo(() => new Map(data?.towns.map((x) => [x.slug, x.name]) ?? []), [data]);
  const town = townData && townData.town === profile.town ? townData : null;
  const townName = town ? (townNames.get(town.town) ?? town.town) : '';
  const result = useMemo(() => (town ? applyFinder(town.services, profile) : null), [town, profile]);
  const elsewhere = useMemo(() => {
    if (!town || !networkWide) return null;
    const { shown, hidden } = applyFinder(
      networkWide.services.filter((s) => !s.towns.includes(town.town)),
      profile,
    );
    return [...shown.map((service) => ({ service, reasons: [] as ReasonKind[] })), ...hidden];
  }, [town, networkWide, profile]);
  const shown = useMemo(
    () =>
      result
        ? near.phase === 'on'
          ? sortByDistance(result.shown, near.from, (s) => parseGeo(s.geo))
          : result.shown.map((item) => ({ item, km: undefined as number | undefined }))
        : [],
    [result, near],
  );
  const sortNearMe = () => {
    setNear({ phase: 'asking' });
    navigator.geolocation.getCurrentPosition(
      (position) => setNear({ phase: 'on', from: { lat: position.coords.latitude, lon: position.coords.longitude } }),
      () => setNear({ phase: 'unavailable' }),
      { maximumAge: 600_000, timeout: 20_000 },
    );
  };
  const groups = town ? audienceQuestions(town.asks, profile) : [];
  const shareHref = `${typeof location === 'undefined' ? '' : location.pathname}${profileQuery(profile)}`;

  if (failed) {
    return (
      <div className="finder">
        <p className="notice notice-warn" role="alert">
          {t('error')}
        </p>
        <ul className="link-list grid-2">
          {topics.map((x) => (
            <li key={x.href}>
              <a href={x.href}>{x.label}</a>
            </li>
          ))}
        </ul>
      </div>
    );
  }

  /** A row of radio buttons, for one question. */
  const choices = (name: string, value: string, options: { value: string; label: string }[], onChange: (v: string) => void) => (
    <div className="choices">
      {options.map((o) => (
        <label className="choice" key={o.value}>
          <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
          <span>{o.label}</span>
        </label>
      ))}
    </div>
  );
  const yesNo = (no: string) => [
    { value: 'yes', label: t('answer.yes') },
    { value: 'no', label: t(no) },
    { value: '', label: t('answer.notSure') },
  ];
  const question = (key: string, legend: ReactNode, body: ReactNode, hint?: string) => (
    <fieldset className="field field-wide" key={key} aria-describedby={hint ? `${id}${key}Hint` : undefined}>
      <legend className="field-label">{legend}</legend>
      {hint && (
        <p id={`${id}${key}Hint`} className="field-hint">
          {hint}
        </p>
      )}
      {body}
    </fieldset>
  );
  /** A box for a whole number (age, months), typed in any digits; its hint turns into the error. */
  const numberField = (name: 'age' | 'months', label: string, typed: string, onType: (typed: string) => void) => {
    const invalid = typed.trim() !== '' && (name === 'age' ? parseAge : parseMonths)(typed) === undefined;
    return (
      <div className="field">
        <label htmlFor={`${id}${name}`} className="field-label">
          {label}
        </label>
        <input
          id={`${id}${name}`}
          name={name}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          maxLength={3}
          value={typed}
          aria-describedby={`${id}${name}Hint`}
          aria-invalid={invalid || undefined}
          onChange={(e) => onType(e.target.value)}
        />
        <p id={`${id}${name}Hint`} className={invalid ? 'field-hint field-error' : 'field-hint'}>
          {t(invalid ? `${name}Invalid` : `${name}Hint`)}
        </p>
      </div>
    );
  };
  const setGroup = (a: AskedAudience, answer: boolean | undefined) => {
    const next = { ...profile.groups };
    if (answer === undefined) delete next[a];
    else next[a] = answer;
    update({ ...profile, groups: Object.keys(next).length ? next : undefined });
  };

  const card = (s: FinderService) => (
    <>
      <h3>
        <a href={paths.service(locale, s.slug)} lang={s.nameLang} dir={s.nameLang ? 'auto' : undefined}>
          {s.name}
        </a>
      </h3>
      <p lang={s.summaryLang} dir={s.summaryLang ? 'auto' : undefined}>
        {s.summary}
      </p>
    </>
  );
  // One label per card, first among its tags, as on the server-rendered cards (Untranslated.astro).
  const label = (s: FinderService) =>
    untranslated && isUntranslatedCard(s) ? (
      <li className="tag untranslated" data-untranslated>
        {untranslated}
      </li>
    ) : null;
  const tags = (s: FinderService, km?: number) => (
    <ul className="tags">
      {label(s)}
      {km !== undefined && <li className="tag">{t('distance', { distance: formatDistance(km, getLocale(locale).tag) })}</li>}
      {s.status === 'temporarily-closed' && <li className="tag tag-closed">{t('closed')}</li>}
      {s.towns.map((slug) => (
        <li className="tag" key={slug}>
          {townNames.get(slug) ?? slug}
        </li>
      ))}
    </ul>
  );
  // A hidden card shows why instead of its towns, and still says when it is not in the reader's language.
  const labelOnly = (s: FinderService) => {
    const l = label(s);
    return l && <ul className="tags">{l}</ul>;
  };
  const why = (s: FinderService, reasons: ReasonKind[]) => (
    <ul className="checks">
      {reasons.map((r) => (
        <li className="restricts" key={r} data-reason={r}>
          <svg className="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
            <path d="M12 2 1 21h22zm1 15h-2v-2h2zm0-4h-2V9h2z" fill="currentColor" />
          </svg>
          <span>{s.why[r] ?? t(`reason.${r}`)}</span>
        </li>
      ))}
    </ul>
  );

  // 'loading' until the lists the answers need have arrived (tests and the layout check wait on it).
  const state = !data || (profile.town && !result) ? 'loading' : 'ready';

  return (
    <div className="finder" data-state={state}>
      {/* Not a form: every answer applies as it is given, there is nothing to submit. */}
      <div className="finder-form">
        <div className="field">
          <label htmlFor={`${id}town`} className="field-label">
            {t('town')}
          </label>
          <select
            id={`${id}town`}
            name="town"
            value={profile.town ?? ''}
            onChange={(e) => update({ ...profile, town: e.target.value || undefined })}
          >
            <option value="">{t('townOption')}</option>
            {data?.towns.map((x) => (
              <option key={x.slug} value={x.slug}>
                {x.name}
              </option>
            ))}
          </select>
        </div>
        {question(
          'who',
          t('who'),
          choices(
            `${id}who`,
            who,
            whoOptions.map((w) => ({ value: w, label: t(`whoOption.${w}`) })),
            (w) => update({ ...profile, who: whoOptions.find((x) => x === w && x !== 'me') }),
          ),
        )}
        {numberField('age', t(`ageOf.${who}`), ageInput, (typed) => {
          setAgeInput(typed);
          update({ ...profile, age: parseAge(typed) });
        })}
        <div className="field">
          <label htmlFor={`${id}status`} className="field-label">
            {t(`statusOf.${who}`)}
          </label>
          <select
            id={`${id}status`}
            name="status"
            value={profile.status ?? ''}
            onChange={(e) => update({ ...profile, status: data?.statuses.find((x) => x.value === e.target.value)?.value })}
          >
            <option value="">{t('notSaying')}</option>
            {data?.statuses.map((x) => (
              <option key={x.value} value={x.value}>
                {x.label}
              </option>
            ))}
          </select>
        </div>
        {groups.length > 0 && (
          <fieldset className="field-wide finder-groups" aria-describedby={`${id}aboutHint`}>
            <legend className="field-label">{t(`about.${who}`)}</legend>
            <p id={`${id}aboutHint`} className="field-hint">
              {t('aboutHint')}
            </p>
            {groups.map((a) =>
              question(
                `group-${a}`,
                t(`group.${a}`),
                choices(`${id}group-${a}`, answerOf(profile.groups?.[a]), yesNo('answer.no'), (v) => setGroup(a, boolOf(v))),
              ),
            )}
          </fieldset>
        )}
        {town?.asks.registered &&
          question(
            'registered',
            t('registered', { town: townName }),
            choices(`${id}registered`, answerOf(profile.registered), yesNo('answer.notYet'), (v) =>
              update({ ...profile, registered: boolOf(v) }),
            ),
            t('registeredHint'),
          )}
        {town?.asks.months &&
          numberField('months', t(`monthsOf.${who}`, { town: townName }), monthsInput, (typed) => {
            setMonthsInput(typed);
            update({ ...profile, months: parseMonths(typed) });
          })}
      </div>

      <p className="search-status" role="status" aria-live="polite" aria-atomic="true">
        {!data ? t('loading') : !profile.town ? t('chooseTown') : result ? t('shown', { count: result.shown.length }) : t('loading')}
      </p>
      {!profile.town && (
        <ul className="link-list grid-2">
          {topics.map((x) => (
            <li key={x.href}>
              <a href={x.href}>{x.label}</a>
            </li>
          ))}
        </ul>
      )}
      {result && town && (
        <>
          <p className="finder-share">
            <a href={shareHref}>{t('share')}</a> <span className="muted">{t('shareHint')}</span>
          </p>
          <p className="muted">{t('check')}</p>

          {result.shown.length > 1 && <NearMeButton phase={near.phase} onSort={sortNearMe} t={t} />}
          <ul className="cards" data-finder-shown>
            {shown.map(({ item: s, km }) => (
              <li className="card" key={s.id}>
                {card(s)}
                {tags(s, km)}
              </li>
            ))}
          </ul>

          {result.hidden.length > 0 && (
            <details className="finder-hidden">
              <summary>{t('hidden', { count: result.hidden.length })}</summary>
              <ul className="cards" data-finder-hidden>
                {result.hidden.map(({ service: s, reasons }) => (
                  <li className="card" key={s.id}>
                    {card(s)}
                    {labelOnly(s)}
                    {why(s, reasons)}
                  </li>
                ))}
              </ul>
            </details>
          )}

          {town.elsewhere > 0 && (
            <details className="finder-elsewhere" onToggle={(e) => e.currentTarget.open && loadNetworkWide()}>
              <summary>{t('elsewhere', { count: town.elsewhere })}</summary>
              {elsewhere ? (
                <ul className="cards" data-finder-elsewhere>
                  {elsewhere.map(({ service: s, reasons }) => (
                    <li className="card" key={s.id}>
                      {card(s)}
                      {reasons.length > 0 ? (
                        <>
                          {labelOnly(s)}
                          {why(s, reasons)}
                        </>
                      ) : (
                        tags(s)
                      )}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted" role="status">
                  {t('loading')}
                </p>
              )}
            </details>
          )}
        </>
      )}
    </div>
  );
}
