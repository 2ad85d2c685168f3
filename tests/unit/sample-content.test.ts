import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNetwork } from '~/lib/content/read';

const network = readNetwork(path.resolve('content'));

describe('the bundled sample network', () => {
  it('passes validation and has towns, categories, providers and services', () => {
    expect(network.towns.length).toBeGreaterThan(0);
    expect(network.categories.length).toBeGreaterThanOrEqual(10);
    expect(network.providers.length).toBeGreaterThan(0);
    expect(network.services.length).toBeGreaterThan(0);
  });
});
