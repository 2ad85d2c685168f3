import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const pagesDir = path.resolve('src/pages/[locale]');
const routes = (fs.readdirSync(pagesDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.astro')).sort();
/** A route's frontmatter, between its two `---` lines. */
const frontmatter = (file: string) => fs.readFileSync(path.join(pagesDir, file), 'utf8').split(/^---$/m)[1] ?? '';

describe('the localized routes stay thin (CONTRIBUTING.md, “Pages are thin”)', () => {
  it('finds the routes', () => {
    expect(routes.length).toBeGreaterThanOrEqual(16);
  });

  it.each(routes)('%s opens with openPage and calls one view model from src/lib/pages/', (file) => {
    const front = frontmatter(file);
    expect(front).toMatch(/= await openPage\(Astro\);/);
    const viewModels = [...front.matchAll(/^import \{ (\w+Page) \} from '~\/lib\/pages\/[\w-]+';$/gm)]
      .map((m) => m[1])
      .filter((name) => name !== 'openPage');
    expect(viewModels).toHaveLength(1);
    expect(front).toMatch(new RegExp(`\\b${viewModels[0]}\\(`));
  });

  it.each(routes)('%s neither casts its props nor reads the directory or its locale itself', (file) => {
    const front = frontmatter(file);
    expect(front).not.toMatch(/Astro\.props\s+as\b/);
    expect(front).not.toMatch(/\b(getDirectory|localeParam|getT)\(/);
  });
});

/** Every route and endpoint under src/pages/, localized or not. */
const allRoutesDir = path.resolve('src/pages');
const allRoutes = (fs.readdirSync(allRoutesDir, { recursive: true }) as string[]).filter((f) => /\.(astro|ts)$/.test(f)).sort();

describe('routes and endpoints take their parameters and the site from helpers, never with `!`', () => {
  it.each(allRoutes)('%s asserts no parameter or site as present', (file) => {
    const source = fs.readFileSync(path.join(allRoutesDir, file), 'utf8');
    expect(source).not.toMatch(/\bparams\.\w+!|\bsite!/);
  });
});
