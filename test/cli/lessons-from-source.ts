// `lessons` run from the TypeScript sources (node --import tsx), as bin/lessons.cjs runs the
// bundle: for tests that need a real process (a closed standard input, another user) but no build.
import { run } from '../../src/cli/run.js';

process.exitCode = await run();
