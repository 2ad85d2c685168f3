/**
 * The moving sheet for caseworkers (`/<locale>/moving/sheet/?from=&to=&…&client=<locale>`): the
 * moving view's comparison printed on A4 in the caseworker's language (the page's) and the
 * client's. Everything the sheet shows comes from its URL, so this module reads the URL with the
 * moving view's own parsers, drops whatever it does not know (a crafted town, language or age
 * never reaches the page), says which language's block comes first, and writes the moving view's
 * link that each block's QR code carries. Pure: the sheet's script (src/scripts/moving-sheet.ts)
 * imports it.
 */
import { parseProfile, profileQuery, type FinderProfile } from '../search/finder';
import { parseMove } from './moving';

/** What a moving sheet's URL asks for, every value known to the site. */
export interface MovingSheetRequest {
  from?: string;
  to?: string;
  /** The finder's answers the moving view filters by (`for`, `status`, `age`). */
  profile: FinderProfile;
  /** The client's language, when it is a site language other than the page's. */
  client?: string;
}

/** What the sheet checks a URL against: the network's towns and statuses, and the site's languages. */
export interface MovingSheetKnown {
  towns: readonly string[];
  statuses: readonly string[];
  locales: readonly string[];
}

/**
 * Reads a sheet's URL (`location.search`) on the page in `own`. Only the moving view's answers
 * are kept (whom it is for, status, age): the finder's other answers do not narrow the moving view.
 */
export function parseMovingSheet(search: string, own: string, known: MovingSheetKnown): MovingSheetRequest {
  const { from, to } = parseMove(search, known.towns);
  const { who, status, age } = parseProfile(search, known);
  const profile: FinderProfile = {
    ...(who ? { who } : {}),
    ...(status ? { status } : {}),
    ...(age !== undefined ? { age } : {}),
  };
  const params = new URLSearchParams(search.length > 2000 ? '' : search);
  const client = known.locales.find((l) => l === params.get('client') && l !== own);
  return { from, to, profile, ...(client ? { client } : {}) };
}

/**
 * The sheet's language blocks in print order: the caseworker's (the page's language) first, then
 * the client's when one was chosen; the same language twice is one block.
 */
export function sheetLanguages<L extends string>(own: L, client: L | undefined): L[] {
  return client && client !== own ? [own, client] : [own];
}

/**
 * The query of the moving view (and of the sheet) for a request: the two towns and the answers,
 * in the moving form's order, plus the client's language when `withClient` (the sheet's own
 * links); empty values are left out. The QR codes carry the moving view's query, without `client`.
 */
export function movingSheetQuery(request: MovingSheetRequest, withClient = false): string {
  const params = new URLSearchParams();
  if (request.from) params.set('from', request.from);
  if (request.to) params.set('to', request.to);
  for (const [key, value] of new URLSearchParams(profileQuery(request.profile))) params.set(key, value);
  if (withClient && request.client) params.set('client', request.client);
  const query = params.toString();
  return query ? `?${query}` : '';
}
