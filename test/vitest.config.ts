import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

// Lives in test/ because the client fixed the top level; `npm test` passes it with --config.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/**/*.test.ts'],
    // Those need system tools (pre-commit, git, the SARIF validator): `npm run test:integration`;
    // those need ../shared (seeds, corpus), which a clone alone lacks: `npm run test:corpus`.
    exclude: [...configDefaults.exclude, 'test/integration/**', 'test/corpus/**'],
    // The 10 MB file and the smoke test's build need more than the 5 s default.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
