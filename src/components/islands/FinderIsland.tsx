/**
 * The eligibility finder's island: the town lists its services, then residence status and age,
 * each optional, narrow them to those the person can probably use, and the hidden ones say why.
 * Services of other towns open to every partner town's residents load only when asked for. The
 * answers are kept only in the URL (`?town=&status=&age=`), so the list can be sent as a link;
 * status and age are never stored or sent anywhere.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import type { LocaleCode } from '../../lib/locales';
import { paths } from '../../lib/routes';
import {
  applyFinder,
  parseAge,
  parseProfile,
  profileQuery,
  type FinderIndex,
  type FinderNetworkWide,
  type FinderProfile,
  type FinderService,
  type FinderTown,
  type ReasonKind,
  type ResidenceStatus,
} from '../../lib/finder';
import { loadJson } from '../../lib/load-json';
import { uiText, type UiStrings } from '../../lib/ui-text';

export interface FinderIslandProps {
  locale: LocaleCode;
  /** The locale's `finder` strings, flattened, plus `closed` and `ended` status labels. */
  strings: UiStrings;
  /** URL of the locale's finder index (towns and statuses). */
  dataUrl: string;
  /** Topic pages, offered if the list cannot load. */
  topics: { href: string; label: string }[];
}

export default function FinderIsland({ locale, strings, dataUrl, topics }: FinderIslandProps) {
  const t = useMemo(() => uiText(strings, locale), [strings, locale]);
  const id = useId();
  const [data, setData] = useState<FinderIndex | null>(null);
  const [townData, setTownData] = useState<FinderTown | null>(null);
  const [networkWide, setNetworkWide] = useState<FinderNetworkWide | null>(null);
  const [failed, setFailed] = useState(false);
  const [profile, setProfile] = useState<FinderProfile>({});
  // What is in the age box, which may be half-typed or invalid; only a valid age filters.
  const [ageInput, setAgeInput] = useState(() => new URLSearchParams(location.search).get('age') ?? '');

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
    if (!networkWide) loadJson<FinderNetworkWide>(paths.finderNetworkWide(locale)).then(setNetworkWide).catch(() => setFailed(true));
  };

  // Once the data says which towns exist, read the answers from the URL (and again on back/forward).
  useEffect(() => {
    if (!data) return;
    const read = () => {
      const p = parseProfile(location.search, known);
      setProfile(p);
      setAgeInput(p.age !== undefined ? String(p.age) : new URLSearchParams(location.search).get('age') ?? '');
    };
    read();
    addEventListener('popstate', read);
    return () => removeEventListener('popstate', read);
  }, [data, known]);

  const update = (next: FinderProfile) => {
    setProfile(next);
    history.replaceState(null, '', `${location.pathname}${profileQuery(next)}`);
  };

  const townNames = useMemo(() => new Map(data?.towns.map((x) => [x.slug, x.name]) ?? []), [data]);
  const town = townData && townData.town === profile.town ? townData : null;
  const result = useMemo(() => (town ? applyFinder(town.services, profile) : null), [town, profile]);
  const elsewhere = useMemo(() => {
    if (!town || !networkWide) return null;
    const { shown, hidden } = applyFinder(networkWide.services.filter((s) => !s.towns.includes(town.town)), profile);
    return [...shown.map((service) => ({ service, reasons: [] as ReasonKind[] })), ...hidden];
  }, [town, networkWide, profile]);
  const ageInvalid = ageInput.trim() !== '' && parseAge(ageInput) === undefined;
  const shareHref = `${typeof location === 'undefined' ? '' : location.pathname}${profileQuery(profile)}`;

  if (failed) {
    return (
      <div className="finder">
        <p className="notice notice-warn" role="alert">{t('error')}</p>
        <ul className="link-list grid-2">
          {topics.map((x) => <li key={x.href}><a href={x.href}>{x.label}</a></li>)}
        </ul>
      </div>
    );
  }
  if (!data) return <p className="muted" role="status">{t('loading')}</p>;

  const card = (s: FinderService) => (
    <>
      <h3><a href={paths.service(locale, s.slug)} lang={s.nameLang} dir={s.nameLang ? 'auto' : undefined}>{s.name}</a></h3>
      <p lang={s.summaryLang} dir={s.summaryLang ? 'auto' : undefined}>{s.summary}</p>
    </>
  );
  const tags = (s: FinderService) => (
    <ul className="tags">
      {s.status === 'temporarily-closed' && <li className="tag tag-closed">{t('closed')}</li>}
      {s.towns.map((slug) => <li className="tag" key={slug}>{townNames.get(slug) ?? slug}</li>)}
    </ul>
  );
  const why = (s: FinderService, reasons: ReasonKind[]) => (
    <ul className="checks">
      {reasons.map((r) => (
        <li className="restricts" key={r}>
          <svg className="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
            <path d="M12 2 1 21h22zm1 15h-2v-2h2zm0-4h-2V9h2z" fill="currentColor" />
          </svg>
          <span>{s.why[r] ?? t(`reason.${r}`)}</span>
        </li>
      ))}
    </ul>
  );

  return (
    <div className="finder">
      <form className="finder-form" onSubmit={(e) => e.preventDefault()} action="">
        <div className="field">
          <label htmlFor={`${id}town`} className="field-label">{t('town')}</label>
          <select id={`${id}town`} name="town" value={profile.town ?? ''} onChange={(e) => update({ ...profile, town: e.target.value || undefined })}>
            <option value="">{t('townOption')}</option>
            {data.towns.map((x) => <option key={x.slug} value={x.slug}>{x.name}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}status`} className="field-label">{t('status')}</label>
          <select
            id={`${id}status`}
            name="status"
            value={profile.status ?? ''}
            onChange={(e) => update({ ...profile, status: (e.target.value || undefined) as ResidenceStatus | undefined })}
          >
            <option value="">{t('notSaying')}</option>
            {data.statuses.map((x) => <option key={x.value} value={x.value}>{x.label}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}age`} className="field-label">{t('age')}</label>
          <input
            id={`${id}age`}
            name="age"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            maxLength={3}
            value={ageInput}
            aria-describedby={`${id}ageHint`}
            aria-invalid={ageInvalid || undefined}
            onChange={(e) => {
              setAgeInput(e.target.value);
              update({ ...profile, age: parseAge(e.target.value) });
            }}
          />
          <p id={`${id}ageHint`} className={ageInvalid ? 'field-hint field-error' : 'field-hint'}>{ageInvalid ? t('ageInvalid') : t('ageHint')}</p>
        </div>
      </form>

      <p className="search-status" role="status" aria-live="polite" aria-atomic="true">
        {!profile.town ? t('chooseTown') : result ? t('shown', { count: result.shown.length }) : t('loading')}
      </p>
      {!profile.town && (
        <ul className="link-list grid-2">
          {topics.map((x) => <li key={x.href}><a href={x.href}>{x.label}</a></li>)}
        </ul>
      )}
      {result && town && (
        <>
          <p className="finder-share">
            <a href={shareHref}>{t('share')}</a> <span className="muted">{t('shareHint')}</span>
          </p>
          <p className="muted">{t('check')}</p>

          <ul className="cards" data-finder-shown>
            {result.shown.map((s) => (
              <li className="card" key={s.id}>
                {card(s)}
                {tags(s)}
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
                      {reasons.length > 0 ? why(s, reasons) : tags(s)}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted" role="status">{t('loading')}</p>
              )}
            </details>
          )}
        </>
      )}
    </div>
  );
}
