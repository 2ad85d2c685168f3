/**
 * Links that open the phone's own apps: dialler, messages, WhatsApp, mail and maps. All are plain
 * links, so they work without JavaScript and send nothing until the reader taps them.
 */
export const telHref = (e164: string) => `tel:${e164}`;
export const smsHref = (e164: string) => `sms:${e164}`;
export const whatsappHref = (e164: string) => `https://wa.me/${e164.replace(/^\+/, '')}`;
export const mailHref = (email: string) => `mailto:${email}`;

/** A `geo:` URI: opens the map app on Android and most phones. */
export function geoHref(lat: number, lon: number, label?: string): string {
  const q = label ? `?q=${lat},${lon}(${encodeURIComponent(label)})` : '';
  return `geo:${lat},${lon}${q}`;
}

/** The same place on OpenStreetMap, for desktops and phones without a map app. */
export function osmHref(lat: number, lon: number): string {
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
}

/** Makes an E.164 number readable: "+39 0564 000 210", with no-break spaces so it never wraps. */
export function displayPhone(e164: string): string {
  const m = /^\+(30|39|34|33|49|44|90|98|20|212|216|218|356|357|380|291|251|93)(\d+)$/.exec(e164);
  if (!m) return e164;
  const groups = m[2].match(/.{1,4}(?=(?:.{3})*$)|.{1,3}/g) ?? [m[2]];
  return `+${m[1]}\u00a0${groups.join('\u00a0')}`;
}
