import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatReport, weighSite, type TypeReport } from '../lib/build/page-weight';
import { localeCodes } from '../lib/i18n/locales';

/**
 * Prints, after every build, the gzip weight of each page type (heaviest page of the type) next to
 * its HTML+CSS and JavaScript budgets. The budget tests assert the same numbers. Weighing starts as soon as the
 * pages are written and runs in zlib's threads while the other integrations (Pagefind) work; the
 * report is printed once it is ready.
 */
export function sizeReport(): AstroIntegration {
  let report: Promise<TypeReport[]> | undefined;
  return {
    name: 'crossroads-size-report',
    hooks: {
      'astro:build:generated': ({ dir }) => {
        report = weighSite(fileURLToPath(dir), localeCodes);
        // Awaited in astro:build:done; this keeps an early failure from being reported as unhandled.
        report.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const rows = await (report ?? weighSite(fileURLToPath(dir), localeCodes));
        logger.info(`page weight (gzip):\n${formatReport(rows)}`);
      },
    },
  };
}
