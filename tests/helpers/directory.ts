/**
 * Directories for view-model tests (tests/unit/*-page.test.ts): the small fixture network's, or a
 * scratch variant's (tests/helpers/content.ts), built as the site builds it but without Astro.
 */
import { buildDirectory, type Directory } from '~/lib/content/directory';
import { readNetwork } from '~/lib/content/read';
import { miniContent } from './build';

/** The Directory of a content folder (the small fixture network when none is given). */
export const directoryOf = (dir: string = miniContent): Directory => buildDirectory(readNetwork(dir));
