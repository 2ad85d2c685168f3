import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatReport, weighSite } from '../lib/page-weight';
import { localeCodes } from '../lib/locales';

/**
 * Prints, after every build, the gzip weight of each page type (heaviest page of the type) next to
 * its JavaScript budget. The budget tests assert the same numbers.
 */
export function sizeReport(): AstroIntegration {
  return {
    name: 'crossroads-size-report',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        logger.info(`page weight (gzip):\n${formatReport(weighSite(fileURLToPath(dir), localeCodes))}`);
      },
    },
  };
}
