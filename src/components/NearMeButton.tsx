/**
 * "Sort by distance from me" in an island (search, the finder): the button and the line that says
 * where the position stays, whether the list is now nearest first, or that the position was not
 * available. Shown only where the browser has a location API; the island asks for the position
 * (only when tapped) and sorts with src/lib/search/distance.ts.
 */
import type { UiText } from '~/lib/i18n/ui-text';

/** Where the sort stands: not asked, waiting for the browser, refused or unavailable, or on. */
export type NearPhase = 'off' | 'asking' | 'unavailable' | 'on';

export function NearMeButton({ phase, onSort, t }: { phase: NearPhase; onSort: () => void; t: UiText }) {
  if (typeof navigator === 'undefined' || !('geolocation' in navigator)) return null;
  return (
    <p className="search-near">
      <button type="button" className="button button-quiet" onClick={onSort} disabled={phase === 'asking' || phase === 'on'}>
        {t('nearMe')}
      </button>{' '}
      <span className="muted" role="status">
        {phase === 'unavailable' ? t('nearMeUnavailable') : phase === 'on' ? t('nearMeOn') : t('nearMeNote')}
      </span>
    </p>
  );
}
