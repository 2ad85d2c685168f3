/**
 * The admin's own script (`cms/admin/main.ts`: preview templates and widgets), bundled by Vite into
 * one classic script for the build; under `astro dev` Vite serves it as modules with the same
 * rrule plugin.
 */
import path from 'node:path';
import { build as viteBuild, type Plugin } from 'vite';
import { root } from './settings';

export const adminEntry = path.join(root, 'cms/admin/main.ts');

/**
 * The site imports rrule the CommonJS way (`import rrulePackage from 'rrule'`), as Node resolves it
 * for the build; in a browser bundle rrule resolves to its ES build, which has no default export.
 * For browser code only (the admin's previews reuse lib/calendar/recurrence.ts), read it as a namespace.
 */
export function rruleInBrowser(): Plugin {
  return {
    name: 'crossroads-rrule-in-browser',
    enforce: 'pre',
    transform(code, _id, options) {
      const server =
        options?.ssr ?? (this as { environment?: { config?: { consumer?: string } } }).environment?.config?.consumer === 'server';
      const defaultImport = /import (\w+) from (['"])rrule\2/g;
      if (server || !defaultImport.test(code)) return undefined;
      return { code: code.replace(defaultImport, 'import * as $1 from $2rrule$2'), map: null };
    },
  };
}

/** Bundles cms/admin/main.ts into one classic script. */
export async function bundleAdminScript(outFile: string): Promise<void> {
  await viteBuild({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    // cms/admin imports src/ through the `~/` alias of tsconfig.json, as the site does.
    resolve: { tsconfigPaths: true },
    plugins: [rruleInBrowser()],
    build: {
      outDir: path.dirname(outFile),
      emptyOutDir: false,
      copyPublicDir: false,
      minify: true,
      sourcemap: false,
      lib: { entry: adminEntry, formats: ['iife'], name: 'CrossroadsAdmin', fileName: () => path.basename(outFile) },
    },
  });
}
