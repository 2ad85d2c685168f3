import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildShard } from '../lib/build/shard';
import { headersFile, policyFromHtml } from '../lib/build/security-headers';

/**
 * The `_headers` file for the site in `out`, with the same Content Security Policy as the pages'
 * meta tags. Throws if pages disagree (a header that differs from a page's meta would block what
 * the meta allows). Also run by scripts/build-merge.ts over the merged shards (admin/ included,
 * which a whole build writes after this check): its folders are those of every page.
 */
export function headersOfSite(out: string): string {
  const policies = new Map<string, string>();
  const files: string[] = [];
  for (const file of fs.readdirSync(out, { recursive: true }) as string[]) {
    // The CMS's admin page is not an Astro page and keeps its own policy (decap-cms/index.ts).
    if (!file.endsWith('.html') || file.startsWith(`admin${path.sep}`)) continue;
    const policy = policyFromHtml(fs.readFileSync(path.join(out, file), 'utf8'));
    if (!policy) throw new Error(`${file} has no Content-Security-Policy meta tag`);
    policies.set(policy, file);
    files.push(file);
  }
  if (policies.size !== 1) {
    throw new Error(
      `Pages have ${policies.size} different CSPs (e.g. ${[...policies.values()].slice(0, 3).join(', ')}); _headers needs one`,
    );
  }
  // Every top-level folder that holds pages (the locales, editors/) gets the policy.
  const prefixes = [...new Set(files.flatMap((f) => (f.includes(path.sep) ? [f.split(path.sep)[0]] : [])))].sort();
  return headersFile([...policies.keys()][0], prefixes);
}

/**
 * After the build, writes dist/_headers (headersOfSite). A shard checks its pages the same way but
 * leaves the file to the merge, which sees every page's folder.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'crossroads-security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const headers = headersOfSite(fileURLToPath(dir));
        if (buildShard()) {
          logger.info('pages agree on one Content-Security-Policy; _headers is written by npm run build:merge');
          return;
        }
        fs.writeFileSync(path.join(fileURLToPath(dir), '_headers'), headers);
        logger.info('wrote _headers with the pages’ Content-Security-Policy');
      },
    },
  };
}
