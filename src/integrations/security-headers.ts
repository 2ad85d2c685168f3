import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, policyFromHtml } from '../lib/build/security-headers';

/**
 * After the build, writes dist/_headers with the same Content Security Policy as the pages' meta
 * tags. Fails the build if pages disagree (a header that differs from a page's meta would block
 * what the meta allows).
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'crossroads-security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const policies = new Map<string, string>();
        const files: string[] = [];
        for (const file of fs.readdirSync(out, { recursive: true }) as string[]) {
          if (!file.endsWith('.html')) continue;
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
        fs.writeFileSync(path.join(out, '_headers'), headersFile([...policies.keys()][0], prefixes));
        logger.info('wrote _headers with the pages’ Content-Security-Policy');
      },
    },
  };
}
