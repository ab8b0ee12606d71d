// Preloaded into a Node child (NODE_OPTIONS=--require) when GNU time is not installed: writes the
// child's peak RSS in KB, as GNU time's %M would, to the file the benchmark runner names.
const { writeFileSync } = require('node:fs');

const file = process.env.LESSONS_BENCH_RSS_FILE;
if (file) {
  // Only the first process writes: a Node child of the child must not overwrite the figure.
  delete process.env.LESSONS_BENCH_RSS_FILE;
  process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
}
