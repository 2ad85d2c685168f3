import path from 'node:path';
import { readNetwork, type Network } from './read';

/**
 * The content folder the build reads: `content/` by default, or CROSSROADS_CONTENT (used by the
 * tests' bad-content fixtures and the scale benchmark's synthetic networks).
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.CROSSROADS_CONTENT || 'content');
}

let cached: { dir: string; network: Network } | undefined;

/** Reads and validates the network once per build, whichever collection asks first. */
export function loadNetworkOnce(): Network {
  const dir = contentDir();
  if (!cached || cached.dir !== dir) cached = { dir, network: readNetwork(dir) };
  return cached.network;
}
