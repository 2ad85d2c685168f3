import { defineConfig } from 'vitest/config';
export default defineConfig({
  root: '/work/main',
  test: { include: ['tests/browser/caseworker.test.ts', 'tests/browser/privacy.test.ts', 'tests/build/handoff.test.ts'], testTimeout: 180_000, hookTimeout: 600_000 },
});
