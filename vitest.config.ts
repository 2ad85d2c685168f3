import { defineConfig } from 'vitest/config';

// The `~/` import alias of tsconfig.json (`~/lib/…` is src/lib/…), in every project.
const resolve = { tsconfigPaths: true };

export default defineConfig({
  test: {
    // Vitest's performance hints print after the summary line; the summary must stay the last line
    // of `npm test` (CI and readers look there).
    experimental: { diagnostics: false },
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        resolve,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          // Builds the sample network and the small fixture network once for all build tests.
          globalSetup: ['tests/build/global-setup.ts'],
          testTimeout: 180_000,
          // describe.concurrent blocks (the every-page sweep) run two tests at a time.
          maxConcurrency: 2,
          hookTimeout: 600_000,
          // A real browser on a loaded CI machine can take seconds to react (the admin's "Checked
          // today" button took over Vitest's 1 s default once); polls wait up to 15 s, failing only
          // when the thing never happens.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
