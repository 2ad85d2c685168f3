/**
 * The town page's "sort by distance from me" (NearMe.astro): once the reader taps, asks the browser
 * for the position, and reorders each server-rendered list marked `data-near-list` by its cards'
 * nearest place (`data-geo`), saying how far each is. The distances are computed here with search's
 * functions (src/lib/search/distance.ts); the position stays in this function's memory, never in
 * the URL, storage or a request. Refused or unavailable, the order stays and the line says so.
 */
import { formatDistance, parseGeo, sortByDistance } from '../lib/search/distance';

const box = document.querySelector<HTMLElement>('[data-near-me]');
if (box && 'geolocation' in navigator) {
  const button = box.querySelector<HTMLButtonElement>('[data-near-button]')!;
  const status = box.querySelector<HTMLElement>('[data-near-status]')!;
  box.dataset.ready = '';

  button.addEventListener('click', () => {
    button.disabled = true;
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        const from = { lat: coords.latitude, lon: coords.longitude };
        for (const list of document.querySelectorAll<HTMLElement>('[data-near-list]')) {
          const cards = [...list.querySelectorAll<HTMLElement>(':scope > li')];
          for (const { item, km } of sortByDistance(cards, from, (li) => parseGeo(li.dataset.geo))) {
            if (km !== undefined)
              distanceTag(item).textContent = (box.dataset.distance ?? '').replace(
                '{distance}',
                formatDistance(km, box.dataset.tag ?? 'en'),
              );
            list.append(item);
          }
        }
        status.textContent = box.dataset.on ?? '';
      },
      () => {
        status.textContent = box.dataset.unavailable ?? '';
        button.disabled = false;
      },
      { maximumAge: 600_000, timeout: 20_000 },
    );
  });
}

/** The card's distance tag, last among its tags, made once. */
function distanceTag(card: HTMLElement): HTMLElement {
  const found = card.querySelector<HTMLElement>('[data-distance]');
  if (found) return found;
  const tag = document.createElement('li');
  tag.className = 'tag';
  tag.dataset.distance = '';
  let tags = card.querySelector('.tags');
  if (!tags) {
    tags = document.createElement('ul');
    tags.className = 'tags';
    card.append(tags);
  }
  tags.append(tag);
  return tag;
}
