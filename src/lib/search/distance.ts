/**
 * "Sort by distance from me", computed on the phone: the reader's position (asked of the browser
 * once they tap, never stored or sent) against the places a result lists, written into the page at
 * build time as `geo` meta ("lat,lon;lat,lon"). A service's distance is that of its nearest place;
 * a service with no place (a phone line) keeps its order after the ones that have one. The town
 * page and the finder (src/scripts/near-me.ts, FinderIsland.tsx) sort with the same functions, a
 * service there placed at its locations, else at the offices of the towns it serves.
 * Pure functions, no DOM.
 */

export interface Point {
  lat: number;
  lon: number;
}

/** The `geo` meta of a page: its places' coordinates, rounded to about 10 m, separated by ";". */
export function geoMeta(points: Point[]): string {
  return points.map((p) => `${p.lat.toFixed(4)},${p.lon.toFixed(4)}`).join(';');
}

/**
 * Where a service is, for the town page's and the finder's sort: its locations, else the offices
 * of the towns it lists (a phone line or a website is still for the people of those towns).
 */
export function servicePlaces(
  service: { locations: { geo: Point }[]; towns: string[] },
  officeOf: (town: string) => Point | undefined,
): Point[] {
  if (service.locations.length) return service.locations.map((l) => l.geo);
  return service.towns.flatMap((town) => officeOf(town) ?? []);
}

/** Reads `geo` meta back; anything that is not a pair of coordinates in range is left out. */
export function parseGeo(meta: string | undefined): Point[] {
  if (!meta) return [];
  return meta.split(';').flatMap((pair) => {
    const [lat, lon] = pair.split(',').map(Number);
    return Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? [{ lat, lon }] : [];
  });
}

const earthRadiusKm = 6371;
const radians = (deg: number) => (deg * Math.PI) / 180;

/** The great-circle distance between two points, in kilometres (haversine). */
export function distanceKm(a: Point, b: Point): number {
  const dLat = radians(b.lat - a.lat);
  const dLon = radians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The distance from `from` to the nearest of `points`, or undefined when there is none. */
export function nearestKm(from: Point, points: Point[]): number | undefined {
  return points.length ? Math.min(...points.map((p) => distanceKm(from, p))) : undefined;
}

/**
 * Items in order of distance from `from`, nearest first; items without a place keep their order,
 * after the others. Stable: items as near as each other keep their order.
 */
export function sortByDistance<T>(items: T[], from: Point, placesOf: (item: T) => Point[]): { item: T; km?: number }[] {
  return items
    .map((item, index) => ({ item, index, km: nearestKm(from, placesOf(item)) }))
    .sort((a, b) => (a.km ?? Infinity) - (b.km ?? Infinity) || a.index - b.index)
    .map(({ item, km }) => ({ item, km }));
}

/** A distance for a result: "850 m" under a kilometre, "3.2 km" under ten, "27 km" beyond, in the reader's language. */
export function formatDistance(km: number, locale: string): string {
  if (km < 1) {
    const m = Math.max(50, Math.round((km * 1000) / 50) * 50);
    return new Intl.NumberFormat(locale, { style: 'unit', unit: 'meter', maximumFractionDigits: 0 }).format(m);
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilometer', maximumFractionDigits: km < 10 ? 1 : 0 }).format(km);
}
