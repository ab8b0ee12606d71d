#!/usr/bin/env node
// `npm run bundle` (the second half of `npm run build`): bundle the CLI into one CommonJS file,
// dist/cli/lessons.cjs, and write V8's code cache of it, dist/cli/lessons.cjs.cache, from a warm-up
// run over the shipped examples, so that the functions a lint run calls are cached compiled.
// bin/lessons.cjs runs the bundle through that cache. Not published: a build tool, not a command.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { loadBundle, bundlePath, cachePath } = require('./lessons.cjs');

/** What the warm-up lints: both presets, findings of most rules, front matter. */
const warmupFiles = [
  'fixtures/examples/incident.md',
  'fixtures/examples/correction.md',
  'fixtures/defects/incident-defects.md',
  'fixtures/defects/correction-defects.md',
  'fixtures/variants/hidden-entries.md',
];

/**
 * Node's built-in modules as the bundle needs them. The bundle runs as a vm.Script, which has no
 * loader for `import()`: a dynamic import of a built-in (`await import('node:crypto')`, kept
 * lazy in the source for start-up's sake) becomes a require, still made only when reached. And
 * commander requires node:child_process at load time for executable subcommands, which this CLI
 * has none of; loading that module is a noticeable part of start-up, so it is deferred to first use.
 */
const builtins = {
  name: 'builtins',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^node:/ }, (args) => {
      if (args.kind === 'dynamic-import') return { path: args.path, namespace: 'builtin' };
      if (args.path === 'node:child_process' && args.importer.includes(`${path.sep}commander${path.sep}`)) {
        return { path: args.path, namespace: 'lazy-builtin' };
      }
      return undefined;
    });
    esbuild.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
    esbuild.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents: `module.exports = new Proxy({}, { get: (_, key) => require(${JSON.stringify(args.path)})[key] });`,
      loader: 'js',
    }));
  },
};

const result = await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/run.ts'],
  outfile: bundlePath,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // ESM builds of the stack where packages ship both (they tree-shake).
  mainFields: ['module', 'main'],
  // LESSONS_BUNDLE_MINIFY=0 keeps names and layout, for reading a CPU profile of the CLI.
  minify: process.env.LESSONS_BUNDLE_MINIFY !== '0',
  // yaml stays outside the bundle (src/parse/load-yaml.ts requires it on demand).
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "var importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [builtins],
  logLevel: 'warning',
  write: false,
});

/**
 * esbuild escapes non-ASCII characters in strings but not in regular expressions, and ours match
 * full-width punctuation and CJK dates. One such character makes V8 hold the whole source two bytes
 * per character; escaped, the bundle stays one byte per character. Only regular expressions (and
 * the String.raw sources of RegExp) are left to escape, where `\uXXXX` means the same character.
 */
function escapeNonAscii(code) {
  // Code unit by code unit: a surrogate pair escaped as two \uXXXX is the same character in
  // strings and in regular expressions with or without the u flag.
  return code.replace(/[^\0-\x7f]/g, (unit, offset) => {
    if (code[offset - 1] === '\\') throw new Error(`cannot escape ${JSON.stringify(unit)} after a backslash at offset ${offset} of the bundle`);
    return `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

const code = escapeNonAscii(result.outputFiles[0].text);
const dynamicImport = /(?<![\w$.])import\(/.exec(code);
if (dynamicImport) throw new Error(`the bundle has an import() a vm.Script cannot run: ${code.slice(dynamicImport.index, dynamicImport.index + 60)}`);
const key = createHash('sha256').update(code).digest('hex').slice(0, 16);
writeFileSync(bundlePath, `// lessons-build ${key}\n${code}`);

// The warm-up: the bundle compiled without a cache, then a quiet lint run.
const bundle = loadBundle({ useCache: false });
if (bundle.key !== key) throw new Error(`build key mismatch in ${bundlePath}`);
const io = { stdout() {}, stderr() {}, cwd: root, env: {}, isTTY: false, readStdin: async () => new Uint8Array() };
await bundle.exports.main(['lint', '--no-config', ...warmupFiles], io);
writeFileSync(cachePath, Buffer.concat([Buffer.from(key, 'latin1'), bundle.script.createCachedData()]));
