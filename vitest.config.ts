import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          // Builds the sample network and the small fixture network once for all build tests.
          globalSetup: ['tests/build/global-setup.ts'],
          testTimeout: 180_000,
          // describe.concurrent blocks (the every-page sweep) run two tests at a time.
          maxConcurrency: 2,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
