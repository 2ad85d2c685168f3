/**
 * The one place pages get content from: the validated collections, assembled into a Directory
 * once per build.
 */
import { getCollection, getEntry } from 'astro:content';
import type { Network } from './read';
import { buildDirectory, type Directory } from './directory';
import type { NetworkSettings } from './schema';

let directory: Promise<Directory> | undefined;

export function getDirectory(): Promise<Directory> {
  directory ??= (async () => {
    const [settings, towns, categories, providers, services, calendar] = await Promise.all([
      getEntry('settings', 'network'),
      getCollection('towns'),
      getCollection('categories'),
      getCollection('providers'),
      getCollection('services'),
      getCollection('calendar'),
    ]);
    const network = {
      settings: settings!.data as NetworkSettings,
      towns: towns.map((e) => e.data),
      categories: categories.map((e) => e.data),
      providers: providers.map((e) => e.data),
      services: services.map((e) => e.data),
      calendar: calendar.map((e) => e.data),
    } as unknown as Network;
    // Collections come back in store order; keep the reader's order (categories by `order`).
    network.categories.sort((a, b) => a.shared.order - b.shared.order || a.slug.localeCompare(b.slug, 'en'));
    for (const list of [network.towns, network.providers, network.services, network.calendar]) {
      list.sort((a, b) => a.slug.localeCompare(b.slug, 'en'));
    }
    return buildDirectory(network);
  })();
  return directory;
}
