import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run test:integration`: tests that run real tools (pre-commit, lint-staged, git, Microsoft's
// SARIF validator) against the built CLI. Kept apart from `npm test`, which needs no system tools.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/integration/**/*.test.ts'],
    globalSetup: ['test/integration/global-setup.ts'],
    // pre-commit installs this package into its own environment (npm install, build, pack): minutes.
    testTimeout: 300_000,
    hookTimeout: 900_000,
    // The suites share the npm cache and each start heavy processes; one at a time is steadier.
    fileParallelism: false,
  },
});
