/**
 * A JSON object as this code writes or reads one: an HSDS record, a JSON-LD node, an entry of the
 * calendar's JSON, a piece of the Decap config the admin translates. Its values are checked where
 * they are read (`unknown`), never assumed. One definition, imported wherever such objects are made.
 */
export type Json = Record<string, unknown>;
