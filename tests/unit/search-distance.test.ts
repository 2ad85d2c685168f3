import { describe, expect, it } from 'vitest';
import { distanceKm, formatDistance, geoMeta, nearestKm, parseGeo, servicePlaces, sortByDistance } from '~/lib/search/distance';

const valmara = { lat: 44.4056, lon: 8.9463 };
const genoaPort = { lat: 44.4, lon: 8.92 };

describe('distance from the reader', () => {
  it('is the great-circle distance, in kilometres', () => {
    // Rome to Milan is about 477 km as the crow flies.
    expect(distanceKm({ lat: 41.9028, lon: 12.4964 }, { lat: 45.4642, lon: 9.19 })).toBeCloseTo(477, -1);
    expect(distanceKm(valmara, valmara)).toBe(0);
  });

  it('is that of a result’s nearest place, or none without a place', () => {
    expect(nearestKm(valmara, [{ lat: 45, lon: 9 }, genoaPort])).toBeCloseTo(distanceKm(valmara, genoaPort), 6);
    expect(nearestKm(valmara, [])).toBeUndefined();
  });

  it('sorts nearest first, keeps the order of equals, and puts results without a place last in their order', () => {
    const items = [
      { id: 'phone line', places: [] },
      { id: 'far', places: [{ lat: 45, lon: 9 }] },
      { id: 'near', places: [genoaPort] },
      { id: 'also far', places: [{ lat: 45, lon: 9 }] },
      { id: 'other phone line', places: [] },
    ];
    expect(sortByDistance(items, valmara, (i) => i.places).map((r) => r.item.id)).toEqual([
      'near',
      'far',
      'also far',
      'phone line',
      'other phone line',
    ]);
  });

  it('places a service at its locations, else at the offices of the towns it serves, else nowhere', () => {
    const offices: Record<string, { lat: number; lon: number }> = { valmara: valmara, kastro: { lat: 37, lon: 22 } };
    const officeOf = (town: string) => offices[town];
    expect(servicePlaces({ locations: [{ geo: genoaPort }], towns: ['valmara', 'kastro'] }, officeOf)).toEqual([genoaPort]);
    expect(servicePlaces({ locations: [], towns: ['valmara', 'kastro'] }, officeOf)).toEqual([valmara, { lat: 37, lon: 22 }]);
    expect(servicePlaces({ locations: [], towns: ['unknown'] }, officeOf)).toEqual([]);
  });

  it('travels in the page as rounded coordinates and reads back only valid ones', () => {
    expect(geoMeta([valmara, { lat: 37, lon: 22 }])).toBe('44.4056,8.9463;37.0000,22.0000');
    expect(parseGeo('44.4056,8.9463;37.0000,22.0000')).toEqual([valmara, { lat: 37, lon: 22 }]);
    expect(parseGeo('91,8;x,y;44,8,;;')).toEqual([{ lat: 44, lon: 8 }]);
    expect(parseGeo(undefined)).toEqual([]);
  });

  it('is written for the reader: metres under a kilometre, one decimal under ten kilometres', () => {
    expect(formatDistance(0.43, 'en-GB')).toBe('450 m');
    expect(formatDistance(3.24, 'en-GB')).toBe('3.2 km');
    expect(formatDistance(27.4, 'en-GB')).toBe('27 km');
    expect(formatDistance(3.24, 'fr-FR').replace(/\s/u, ' ')).toBe('3,2 km');
  });
});
