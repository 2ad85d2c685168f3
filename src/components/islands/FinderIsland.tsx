/**
 * The eligibility finder's island: town, residence status and age, each optional, narrow the
 * directory to the services the person can probably use, and the hidden ones say why. The
 * answers are kept only in the URL (`?town=&status=&age=`), so the list can be sent as a link;
 * nothing is stored or sent anywhere.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import type { LocaleCode } from '../../lib/locales';
import { paths } from '../../lib/routes';
import {
  applyFinder,
  hasProfile,
  parseAge,
  parseProfile,
  profileQuery,
  type FinderData,
  type FinderProfile,
  type FinderService,
  type ResidenceStatus,
} from '../../lib/finder';
import { uiText, type UiStrings } from '../../lib/ui-text';

export interface FinderIslandProps {
  locale: LocaleCode;
  /** The locale's `finder` strings, flattened, plus `closed` and `ended` status labels. */
  strings: UiStrings;
  /** URL of the locale's finder.json. */
  dataUrl: string;
  /** Topic pages, offered if the list cannot load. */
  topics: { href: string; label: string }[];
}

export default function FinderIsland({ locale, strings, dataUrl, topics }: FinderIslandProps) {
  const t = useMemo(() => uiText(strings, locale), [strings, locale]);
  const id = useId();
  const [data, setData] = useState<FinderData | null>(null);
  const [failed, setFailed] = useState(false);
  const [profile, setProfile] = useState<FinderProfile>({});
  // What is in the age box, which may be half-typed or invalid; only a valid age filters.
  const [ageInput, setAgeInput] = useState(() => new URLSearchParams(location.search).get('age') ?? '');

  const known = useMemo(
    () => ({ towns: data?.towns.map((x) => x.slug) ?? [], statuses: data?.statuses.map((x) => x.value) ?? [] }),
    [data],
  );

  useEffect(() => {
    fetch(dataUrl)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((d: FinderData) => setData(d))
      .catch(() => setFailed(true));
  }, [dataUrl]);

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
  const result = useMemo(() => (data ? applyFinder(data.services, profile) : null), [data, profile]);
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
  if (!data || !result) return <p className="muted" role="status">{t('loading')}</p>;

  const card = (s: FinderService) => (
    <>
      <h3><a href={paths.service(locale, s.slug)} lang={s.nameLang} dir={s.nameLang ? 'auto' : undefined}>{s.name}</a></h3>
      <p lang={s.summaryLang} dir={s.summaryLang ? 'auto' : undefined}>{s.summary}</p>
    </>
  );

  return (
    <div className="finder">
      <form className="finder-form" onSubmit={(e) => e.preventDefault()} action="">
        <div className="field">
          <label htmlFor={`${id}town`} className="field-label">{t('town')}</label>
          <select id={`${id}town`} name="town" value={profile.town ?? ''} onChange={(e) => update({ ...profile, town: e.target.value || undefined })}>
            <option value="">{t('notSaying')}</option>
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
        {hasProfile(profile) ? t('shown', { count: result.shown.length }) : t('everything', { count: result.shown.length })}
      </p>
      {hasProfile(profile) && (
        <p className="finder-share">
          <a href={shareHref}>{t('share')}</a> <span className="muted">{t('shareHint')}</span>
        </p>
      )}
      <p className="muted">{t('check')}</p>

      <ul className="cards" data-finder-shown>
        {result.shown.map((s) => (
          <li className="card" key={s.id}>
            {card(s)}
            <ul className="tags">
              {s.status === 'temporarily-closed' && <li className="tag tag-closed">{t('closed')}</li>}
              {s.towns.map((slug) => <li className="tag" key={slug}>{townNames.get(slug) ?? slug}</li>)}
            </ul>
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
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
