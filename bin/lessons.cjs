#!/usr/bin/env node
'use strict';
// The `lessons` command. It runs the CLI bundle (dist/cli/lessons.cjs, built by `npm run build`)
// through V8's code cache (dist/cli/lessons.cjs.cache, written by the same build after a warm-up
// run): a pre-commit hook then pays for reading bytecode, not for parsing half a megabyte of
// JavaScript and compiling every function the run calls. A cache from another build (its key
// differs) is not read, and one from another Node.js is rejected by V8: the bundle is then
// compiled as usual, only slower. This file is CommonJS because a CommonJS entry starts faster.
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const path = require('node:path');
const { Script } = require('node:vm');

const bundlePath = path.join(__dirname, '..', 'dist', 'cli', 'lessons.cjs');
const cachePath = `${bundlePath}.cache`;
/** The bundle's first line names its build; the cache file starts with the same key. */
const keyPattern = /^\/\/ lessons-build ([0-9a-f]{16})\n/;
const KEY_LENGTH = 16;

/** The bundle's text as V8 compiles it: a CommonJS module wrapper, the same for cache and run. */
function wrap(source) {
  return `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
}

/** The cached bytecode of the build named `key`, or undefined. */
function readCache(key) {
  try {
    const cache = readFileSync(cachePath);
    return cache.toString('latin1', 0, KEY_LENGTH) === key ? cache.subarray(KEY_LENGTH) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Compile and evaluate the bundle; `useCache: false` for the build's warm-up run. Returns the
 * bundle's exports (`run`, `main`) and the compiled script (the build writes its code cache).
 */
function loadBundle({ useCache = true } = {}) {
  const source = readFileSync(bundlePath, 'utf8');
  const key = keyPattern.exec(source.slice(0, 64))?.[1];
  const cachedData = useCache && key !== undefined ? readCache(key) : undefined;
  const script = new Script(wrap(source), { filename: bundlePath, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundlePath), module, bundlePath, path.dirname(bundlePath));
  return { exports: module.exports, script, key };
}

module.exports = { loadBundle, bundlePath, cachePath };

if (require.main === module) {
  let cli;
  try {
    cli = loadBundle().exports;
  } catch (error) {
    const missing = error && error.code === 'ENOENT';
    process.stderr.write(
      missing
        ? `lessons: ${path.relative(process.cwd(), bundlePath)} is missing: run \`npm run build\`\n`
        : `lessons: cannot load the CLI: ${String(error && error.message).split('\n')[0]}\n`,
    );
    process.exitCode = 2;
  }
  if (cli) cli.run().then((code) => (process.exitCode = code));
}
