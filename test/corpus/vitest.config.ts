import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run test:corpus`: the tests over ../shared (the seeds and the real-file corpus), which a
// clone on its own does not have; `.ci/run` runs them when ../shared/corpus is there.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/corpus/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
