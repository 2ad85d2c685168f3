/**
 * Scratch copies of the small fixture network (tests/fixtures/mini) with a file or a field
 * changed, for tests that show what the content reader refuses and how it names the problem.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { expect } from 'vitest';
import { readNetwork } from '~/lib/content/read';
import { ContentError, type ContentProblem } from '~/lib/content/errors';
import { miniContent } from './build';

const made: string[] = [];

/** Content-relative path → new file contents (text or bytes), or null to delete the file. */
export type ContentEdit = Record<string, string | Uint8Array | null>;

/** A scratch copy of the fixture network with `edit` applied; removed by {@link removeVariants}. */
export function variant(edit: ContentEdit): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossroads-content-'));
  made.push(dir);
  fs.cpSync(miniContent, dir, { recursive: true });
  for (const [file, contents] of Object.entries(edit)) {
    const target = path.join(dir, file);
    if (contents === null) fs.rmSync(target);
    else {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, contents);
    }
  }
  return dir;
}

/** Deletes every scratch copy made so far (call it in afterEach). */
export function removeVariants(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** A fixture file's text. */
export function fixtureText(file: string): string {
  return fs.readFileSync(path.join(miniContent, file), 'utf8');
}

/** The edit that replaces `from` with `to` in a fixture file; throws when `from` is not there. */
export function change(file: string, from: string | RegExp, to: string): ContentEdit {
  const text = fixtureText(file);
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`fixture edit did nothing in ${file}`);
  return { [file]: changed };
}

/** `locations[0].hours[1].opens` → ['locations', 0, 'hours', 1, 'opens'], as the reader names fields. */
function fieldPath(field: string): (string | number)[] {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? m[1] : Number(m[2])));
}

/** The edit that sets fields of a fixture file (`contacts.website`, `locations[0].name`), keeping the rest as it is. */
export function withFields(file: string, fields: Record<string, unknown>): ContentEdit {
  const doc = parseDocument(fixtureText(file));
  for (const [field, value] of Object.entries(fields)) doc.setIn(fieldPath(field), value);
  return { [file]: doc.toString() };
}

/** The edit that sets one field of a fixture file. */
export const withField = (file: string, field: string, value: unknown): ContentEdit => withFields(file, { [field]: value });

/** The problems the reader reports for a content folder; fails the test when it reports none. */
export function problemsOf(dir: string): ContentProblem[] {
  try {
    readNetwork(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
  throw new Error('expected the content to be rejected');
}
