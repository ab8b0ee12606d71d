import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run fuzz`: the property of test/lint/fuzz.test.ts over many more documents (FUZZ_RUNS,
// 20,000 unless set) from a random seed, which it prints; FUZZ_SEED=N replays a run.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/lint/fuzz.test.ts'],
    env: { FUZZ_RUNS: process.env.FUZZ_RUNS ?? '20000' },
    testTimeout: 0,
  },
});
