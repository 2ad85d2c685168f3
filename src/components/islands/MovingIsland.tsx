/**
 * The moving view's island: reads the two towns (`?from=&to=`) and the finder's answers (`for`,
 * `status`, `age`) from the URL, fetches the two towns' files (src/lib/moving/moving-data.ts) and
 * shows, topic by topic, what the person must do again in the new town and by when, what stays,
 * how the rules differ, the gains and gaps, and the moving notes (`compareTowns`). The form that
 * chooses is plain HTML on the page (a GET form), so the answers stay in the URL and nothing is
 * stored or sent anywhere.
 *
 * Rendered on the server with nothing chosen (an empty region), so the page does not shift when
 * the script runs; the URL is read in an effect.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { LocaleCode } from '~/lib/i18n/locales';
import { paths } from '~/lib/routing/routes';
import { loadJson } from '~/lib/routing/load-json';
import { uiText, type UiStrings } from '~/lib/i18n/ui-text';
import { parseProfile, type FinderProfile } from '~/lib/search/finder';
import { compareTowns, parseMove, type MovingService, type MovingStep, type MovingTown } from '~/lib/moving/moving';
import { movingSheetQuery } from '~/lib/moving/sheet';

/** One option of a select of the form. */
interface Option {
  value: string;
  label: string;
}

export interface MovingIslandProps {
  locale: LocaleCode;
  /**
   * The locale's `moving` strings, flattened (`printLink` names the moving sheet's link), plus `differsLabel`, `where` and `bring` of the
   * arrival page, and the finder's labels the form reuses (`who`, `status`, `age`, `ageHint`,
   * `notSaying`).
   */
  strings: UiStrings;
  /** Where the plain form sends its answers: the page itself. */
  action: string;
  /** The towns, sorted and named in the page's language. */
  towns: Option[];
  /** The residence statuses, named as the finder names them. */
  statuses: Option[];
  /** Whom the help is for, as the finder asks it. */
  who: Option[];
}

type State =
  { kind: 'idle' } | { kind: 'same' } | { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; from: MovingTown; to: MovingTown };

/** A link to a service, with its language when its name fell back to the default one. */
function ServiceLink({ s }: { s: MovingService }) {
  return (
    <a href={s.href} lang={s.nameLang} dir={s.nameLang ? 'auto' : undefined}>
      {s.name}
    </a>
  );
}

export default function MovingIsland({ locale, strings, action, towns: townOptions, statuses: statusOptions, who }: MovingIslandProps) {
  const t = useMemo(() => uiText(strings, locale), [strings, locale]);
  const towns = useMemo(() => townOptions.map((o) => o.value), [townOptions]);
  const statuses = useMemo(() => statusOptions.map((o) => o.value), [statusOptions]);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [profile, setProfile] = useState<FinderProfile>({});

  // Reads the URL once the page has loaded (the server render has no URL), fills the plain form
  // from it and fetches the two towns' files.
  useEffect(() => {
    let current = true;
    const read = () => {
      const { from, to } = parseMove(location.search, towns);
      const answers = parseProfile(location.search, { towns, statuses });
      // The plain form shows what the URL says, so a changed answer keeps the others.
      const form = document.getElementById('moving-form') as HTMLFormElement | null;
      const set = (name: string, value: string | undefined) => {
        const field = form?.elements.namedItem(name);
        if (value !== undefined && (field instanceof HTMLSelectElement || field instanceof HTMLInputElement)) field.value = value;
      };
      set('from', from);
      set('to', to);
      set('for', answers.who);
      set('status', answers.status);
      set('age', answers.age === undefined ? undefined : String(answers.age));
      setProfile(answers);
      if (!from || !to) return;
      if (from === to) {
        setState({ kind: 'same' });
        return;
      }
      setState({ kind: 'loading' });
      Promise.all([loadJson<MovingTown>(paths.movingTown(locale, from)), loadJson<MovingTown>(paths.movingTown(locale, to))])
        .then(([a, b]) => current && setState({ kind: 'ready', from: a, to: b }))
        .catch(() => current && setState({ kind: 'failed' }));
    };
    read();
    return () => {
      current = false;
    };
  }, [locale, towns, statuses]);

  const view = useMemo(() => (state.kind === 'ready' ? compareTowns(state.from, state.to, profile) : null), [state, profile]);

  // The plain form: a GET to the page itself, so it works before (and without) the script, and
  // the answers are the URL's. Uncontrolled: the effect above fills it from the URL.
  const field = (name: string, label: string, options: Option[], first?: string, required = false) => (
    <div className="field">
      <label htmlFor={`moving-${name}`} className="field-label">
        {label}
      </label>
      <select id={`moving-${name}`} name={name} required={required}>
        {first !== undefined && <option value="">{first}</option>}
        {options.map((o) => (
          <option value={o.value} key={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  const form = (
    <form id="moving-form" className="finder-form" method="get" action={action}>
      {field('from', t('from'), townOptions, t('chooseTown'), true)}
      {field('to', t('to'), townOptions, t('chooseTown'), true)}
      {field('for', t('who'), who)}
      {field('status', t('status'), statusOptions, t('notSaying'))}
      <div className="field">
        <label htmlFor="moving-age" className="field-label">
          {t('age')}
        </label>
        <input
          id="moving-age"
          name="age"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          maxLength={3}
          aria-describedby="moving-age-hint"
        />
        <p id="moving-age-hint" className="field-hint">
          {t('ageHint')}
        </p>
      </div>
      <div className="field field-wide">
        <button type="submit" className="button">
          {t('submit')}
        </button>
      </div>
    </form>
  );
  return (
    <>
      {form}
      {results()}
    </>
  );

  function results() {
    if (state.kind === 'idle') return <div className="moving" data-state="idle" />;
    if (state.kind === 'same' || state.kind === 'failed' || state.kind === 'loading') {
      const text = state.kind === 'same' ? t('sameTown') : state.kind === 'failed' ? t('error') : t('loading');
      return (
        <div className="moving" data-state={state.kind}>
          <p
            className={state.kind === 'loading' ? 'search-status' : 'notice notice-warn'}
            role={state.kind === 'loading' ? 'status' : 'alert'}
          >
            {text}
          </p>
        </div>
      );
    }
    const { from, to } = state;
    const v = view!;
    const answered = profile.who !== undefined || profile.status !== undefined || profile.age !== undefined;
    const topicName = (slug: string) => to.topics.find((x) => x.slug === slug)?.name ?? slug;
    const stepServices = new Set(v.steps.map((s) => s.service));
    const redo = v.redo.filter((s) => !stepServices.has(s.slug));
    const section = (id: string, title: string, body: ReactNode, empty: boolean) => (
      <section aria-labelledby={`moving-${id}`} data-section={id}>
        <h2 id={`moving-${id}`}>{title}</h2>
        {empty ? <p className="muted">{t('nothing')}</p> : body}
      </section>
    );
    const serviceList = (list: MovingService[]) => (
      <ul className="link-list">
        {list.map((s) => (
          <li key={s.slug}>
            <ServiceLink s={s} />
          </li>
        ))}
      </ul>
    );
    const topicTags = (slugs: string[]) => (
      <ul className="tags">
        {slugs.map((slug) => (
          <li className="tag" key={slug}>
            {topicName(slug)}
          </li>
        ))}
      </ul>
    );
    const step = (s: MovingStep) => (
      <li className="card" key={s.step} data-step={s.step}>
        {s.textLang?.label && <p className="untranslated untranslated-block">{s.textLang.label}</p>}
        <p className="arrival-todo" lang={s.textLang?.lang} dir={s.textLang?.dir}>
          {s.todo}
        </p>
        {(s.deadline || s.whenNote) && (
          <p className="when">
            {s.deadline && <strong>{s.deadline}</strong>}
            {s.deadline && s.whenNote && ' · '}
            {s.whenNote && (
              <span lang={s.textLang?.lang} dir={s.textLang?.dir}>
                {s.whenNote}
              </span>
            )}
          </p>
        )}
        <p>
          {t('where')} <a href={s.serviceHref}>{s.serviceName}</a>
        </p>
        {s.who.length > 0 && <p className="muted">{s.who.join(' · ')}</p>}
        {s.documents.length > 0 && (
          <p>
            {t('bring')} {s.documents.join(' · ')}
          </p>
        )}
      </li>
    );

    return (
      <div className="moving" data-state="ready">
        <h2 className="moving-heading">{t('heading', { from: from.name, to: to.name })}</h2>
        {answered && <p className="muted">{t('filtered')}</p>}
        <p className="moving-print">
          <a href={`${paths.movingSheet(locale)}${movingSheetQuery({ from: from.town, to: to.town, profile })}`}>{t('printLink')}</a>
        </p>
        {section(
          'steps',
          t('stepsTitle', { town: to.name }),
          <>
            <ol className="arrival-steps">{v.steps.map(step)}</ol>
            <p>
              <a href={to.arrivingHref}>{t('arrivingLink', { town: to.name })}</a>
            </p>
          </>,
          v.steps.length === 0,
        )}
        {section(
          'redo',
          t('redoTitle', { town: to.name }),
          <>
            <p>{t('redoIntro')}</p>
            {serviceList(redo)}
          </>,
          redo.length === 0,
        )}
        {section(
          'clocks',
          t('clocksTitle'),
          <ul className="checks">
            {v.clocks.map((s) => (
              <li className="restricts" key={s.slug}>
                <span>
                  <ServiceLink s={s} />: {s.clock}. {t('clockNote', { town: to.name, from: from.name })}
                </span>
              </li>
            ))}
          </ul>,
          v.clocks.length === 0,
        )}
        {section(
          'dates',
          t('datesTitle', { town: to.name }),
          <ul className="link-list">
            {v.dates.map((d) => (
              <li key={`${d.href}${d.day}`}>
                <a href={d.href}>
                  <span lang={d.titleLang} dir={d.titleLang ? 'auto' : undefined}>
                    {d.title}
                  </span>{' '}
                  <span className="muted">{d.when}</span>
                </a>
              </li>
            ))}
          </ul>,
          v.dates.length === 0,
        )}
        {section(
          'stays',
          t('staysTitle'),
          <>
            <p>{t('staysIntro')}</p>
            {serviceList(v.stays)}
          </>,
          v.stays.length === 0,
        )}
        {section(
          'different',
          t('differentTitle'),
          v.different.map((c) => (
            <div key={c.topic} data-topic={c.topic}>
              <h3 id={`moving-topic-${c.topic}`}>{topicName(c.topic)}</h3>
              <div className="table-scroll" role="region" aria-labelledby={`moving-topic-${c.topic}`} tabIndex={0}>
                <table className="rules">
                  <thead>
                    <tr>
                      <td></td>
                      {c.columns.map(({ town, service }) => (
                        <th scope="col" key={service.slug}>
                          <span className="muted">{town === from.town ? from.name : to.name}</span>
                          <br />
                          <ServiceLink s={service} />
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {c.rows.map((row) => (
                      <tr key={row.key} className={row.varies ? 'varies' : undefined} data-row={row.key}>
                        <th scope="row">{row.label}</th>
                        {row.cells.map((cell, i) => (
                          <td key={i} className={row.differs[i] ? 'differs' : undefined} data-differs={row.differs[i] ? '' : undefined}>
                            {row.differs[i] && (
                              <span className="diff-mark" aria-hidden="true">
                                ≠
                              </span>
                            )}
                            <span>{cell}</span>
                            {row.differs[i] && <span className="visually-hidden"> ({t('differsLabel')})</span>}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          )),
          v.different.length === 0,
        )}
        {section('gains', t('gainsTitle', { town: to.name }), topicTags(v.gains), v.gains.length === 0)}
        {section('gaps', t('gapsTitle', { town: to.name }), topicTags(v.gaps), v.gaps.length === 0)}
        {section(
          'notes',
          t('notesTitle'),
          <ul className="cards">
            {v.notes.map(({ town, service }) => (
              <li className="card" key={`${town}${service.slug}`}>
                <p>
                  <ServiceLink s={service} /> <span className="muted">({town === from.town ? from.name : to.name})</span>
                </p>
                <p lang={service.movingNoteLang} dir={service.movingNoteLang ? 'auto' : undefined}>
                  {service.movingNote}
                </p>
              </li>
            ))}
          </ul>,
          v.notes.length === 0,
        )}
      </div>
    );
  }
}
