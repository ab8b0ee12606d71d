// The commands the benchmark compares, per case. Every tool runs under the same Node as the runner.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (bench/..). */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Read from node_modules directly: not every package exports its package.json.
function manifestPathOf(name) {
  const nested = path.join(root, 'node_modules', 'mdast-util-from-markdown', 'node_modules', name, 'package.json');
  if (name === 'micromark' && existsSync(nested)) return nested;
  return path.join(root, 'node_modules', name, 'package.json');
}

function binOf(name, bin) {
  const manifestPath = manifestPathOf(name);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const relative = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[bin ?? name];
  return { file: path.join(path.dirname(manifestPath), relative), version: manifest.version };
}

function versionOf(name) {
  return JSON.parse(readFileSync(manifestPathOf(name), 'utf8')).version;
}

/** Tool ids in table order. */
export const toolIds = ['node', 'floor', 'blocks', 'lessons', 'lessons-fix', 'markdownlint-cli2', 'remark-cli'];

/** Labels and versions of the tools, for the report. */
export function describeTools() {
  return {
    node: { label: "node -e ''", version: process.version },
    floor: { label: 'parse floor (remark-parse alone)', version: `remark-parse ${versionOf('remark-parse')}, micromark ${versionOf('micromark')}` },
    blocks: { label: 'blocks floor (remark-parse without the inline constructs lessons skips)', version: `remark-parse ${versionOf('remark-parse')}, micromark ${versionOf('micromark')}` },
    lessons: { label: 'lessons lint', version: JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version },
    // --fix-dry-run does all the work of --fix (the fix loop, the fixed texts) but writes nothing, so
    // the corpus stays as generated from run to run.
    'lessons-fix': { label: 'lessons lint --fix-dry-run', version: JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version },
    'markdownlint-cli2': { label: 'markdownlint-cli2', version: binOf('markdownlint-cli2').version },
    'remark-cli': { label: 'remark-cli + remark-preset-lint-recommended', version: `${binOf('remark-cli', 'remark').version} + ${versionOf('remark-preset-lint-recommended')}` },
  };
}

/** Fails with a clear message when the CLI bundle has not been built. */
export function assertBuilt() {
  const bin = path.join(root, 'bin', 'lessons.cjs');
  const bundle = path.join(root, 'dist', 'cli', 'lessons.cjs');
  if (!existsSync(bundle)) throw new Error(`${path.relative(root, bundle)} is missing: run \`npm run build\` first`);
  return bin;
}

/**
 * The command line of `tool` on a case's input, relative to the corpus directory. `input` holds
 * `files` (explicit paths), `glob` (the same files as one pattern) and `dir` (their directory), so
 * each tool is invoked the way a user would invoke it on those files.
 */
export function commandOf(tool, input) {
  const node = process.execPath;
  switch (tool) {
    case 'node':
      return { command: node, args: ['-e', ''] };
    case 'floor':
      return { command: node, args: [path.join(root, 'bench', 'parse-floor.mjs'), ...(input.sections ? ['--sections'] : []), ...input.files] };
    case 'blocks':
      return { command: node, args: [path.join(root, 'bench', 'parse-floor.mjs'), '--blocks', ...(input.sections ? ['--sections'] : []), ...input.files] };
    case 'lessons':
      return { command: node, args: [path.join(root, 'bin', 'lessons.cjs'), 'lint', ...(input.glob ? [input.glob] : input.files)] };
    case 'lessons-fix':
      return { command: node, args: [path.join(root, 'bin', 'lessons.cjs'), 'lint', '--fix-dry-run', ...(input.glob ? [input.glob] : input.files)] };
    case 'markdownlint-cli2':
      return { command: node, args: [binOf('markdownlint-cli2').file, ...(input.glob ? [input.glob] : input.files)] };
    case 'remark-cli':
      return {
        command: node,
        args: [binOf('remark-cli', 'remark').file, '--use', 'remark-preset-lint-recommended', '--no-stdout', '--quiet', ...(input.dir ? [input.dir] : input.files)],
      };
    default:
      throw new Error(`unknown tool ${tool}`);
  }
}
