/**
 * Astro content collections over the Crossroads content folder. One loader reads and validates the
 * whole network (references between records need all of it); each collection then stores its
 * records, re-validated against the same schemas from `lib/content/schema.ts`.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { networkSettings, recordKinds, type RecordKind } from './lib/content/schema';
import { localeCodes } from './lib/i18n/locales';
import { loadNetworkOnce } from './lib/content/source';

const localeEnum = z.enum(localeCodes as [string, ...string[]]);

function recordSchema(kind: RecordKind) {
  const { shared, text } = recordKinds[kind];
  return z.strictObject({
    kind: z.literal(kind),
    slug: z.string(),
    id: z.uuid(),
    owner: z.string(),
    org: z.string().optional(),
    shared,
    text: z.partialRecord(localeEnum, text.partial()),
    files: z.partialRecord(localeEnum, z.string()),
  });
}

function networkLoader(kind: RecordKind): Loader {
  return {
    name: `crossroads-${kind}`,
    load: async ({ store, parseData }) => {
      const network = loadNetworkOnce();
      store.clear();
      for (const record of network[kind]) {
        const data = await parseData({ id: record.slug, data: { ...record } });
        store.set({ id: record.slug, data });
      }
    },
  };
}

const settingsLoader: Loader = {
  name: 'crossroads-settings',
  load: async ({ store, parseData }) => {
    const { settings } = loadNetworkOnce();
    store.clear();
    store.set({ id: 'network', data: await parseData({ id: 'network', data: { ...settings } }) });
  },
};

export const collections = {
  settings: defineCollection({ loader: settingsLoader, schema: networkSettings }),
  towns: defineCollection({ loader: networkLoader('towns'), schema: recordSchema('towns') }),
  categories: defineCollection({ loader: networkLoader('categories'), schema: recordSchema('categories') }),
  providers: defineCollection({ loader: networkLoader('providers'), schema: recordSchema('providers') }),
  services: defineCollection({ loader: networkLoader('services'), schema: recordSchema('services') }),
  calendar: defineCollection({ loader: networkLoader('calendar'), schema: recordSchema('calendar') }),
};
