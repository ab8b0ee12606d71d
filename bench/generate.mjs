#!/usr/bin/env node
// Deterministic benchmark corpora: the same seed always writes byte-identical files, so runs on
// different machines and days compare like with like. Plain ESM: no build step.
import { mkdirSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bumped whenever the generated text changes, so stale corpora are rewritten. */
const CORPUS_VERSION = 1;

/** Where `generateCorpus` writes by default. */
export const defaultOutDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'out', 'corpus');

/** Entry counts of the single huge files. */
export const hugeSizes = [1000, 2000, 5000, 10000, 20000];

/** Files and entries of the many-files corpus. */
export const manyFiles = { count: 1000, entries: 20 };

// mulberry32: tiny, fast and good enough to vary text; Math.random cannot be seeded.
function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = (
  'agent api backup bridge buffer cache config container cron daemon database deploy disk dns docker ' +
  'driver endpoint executor filesystem firewall handler hash healthz image index interface kernel lock ' +
  'log loop migration mount network node overlay package parser path pipeline plugin pool port process ' +
  'proxy queue quota replica request retry route runner schema script secret service session shell ' +
  'socket storage stream subprocess sync table template thread timeout token upload volume worker'
).split(' ');
const verbs = 'blocks breaks corrupts delays drops duplicates hangs hides ignores leaks loses rejects resets skips stalls truncates'.split(' ');
const commands = ['systemctl restart agent', 'ovs-vsctl list Port', 'git rebase --onto main', 'kubectl rollout status', 'lvm dumpconfig', 'npm ci', 'docker compose up -d'];
const languages = ['sh', 'python', 'ts', 'yaml'];

function pick(random, items) {
  return items[Math.floor(random() * items.length)];
}

function sentence(random, min, max) {
  const count = min + Math.floor(random() * (max - min + 1));
  const parts = [];
  for (let index = 0; index < count; index += 1) {
    const roll = random();
    const word = pick(random, words);
    if (roll < 0.08) parts.push(`\`${word}_${pick(random, words)}\``);
    else if (roll < 0.11) parts.push(`*${word}*`);
    else if (roll < 0.13) parts.push(`[${word}](https://example.com/${word})`);
    else parts.push(word);
  }
  const text = parts.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random, sentences) {
  const out = [];
  for (let index = 0; index < sentences; index += 1) out.push(sentence(random, 6, 14));
  return out.join(' ');
}

function list(random) {
  const items = 2 + Math.floor(random() * 3);
  const lines = [];
  for (let index = 0; index < items; index += 1) lines.push(`- ${sentence(random, 4, 9)}`);
  return lines.join('\n');
}

function codeBlock(random) {
  const lines = [];
  const count = 1 + Math.floor(random() * 3);
  for (let index = 0; index < count; index += 1) lines.push(`${pick(random, commands)} # ${pick(random, words)}`);
  return `\`\`\`${pick(random, languages)}\n${lines.join('\n')}\n\`\`\``;
}

function isoDate(dayNumber) {
  return new Date(Date.UTC(2000, 0, 1) + dayNumber * 86_400_000).toISOString().slice(0, 10);
}

// Dates run forward from 2000 and stay in the past (no `future-date` findings); several entries
// may share a day, as in real files, but never a title on the same day (no duplicates).
function entry(random, dayNumber, usedTitles) {
  let title;
  do title = `${pick(random, words)} ${pick(random, verbs)} ${pick(random, words)} ${pick(random, words)} on ${pick(random, words)}`;
  while (usedTitles.has(`${dayNumber} ${title}`));
  usedTitles.add(`${dayNumber} ${title}`);
  const blocks = [`## ${isoDate(dayNumber)}: ${title.charAt(0).toUpperCase()}${title.slice(1)}`];
  blocks.push(`**Bug**: ${paragraph(random, 1 + Math.floor(random() * 2))}`);
  blocks.push(`**Impact**: ${paragraph(random, 1)}`);
  if (random() < 0.3) blocks.push(list(random));
  blocks.push(`**Fix**: ${paragraph(random, 1 + Math.floor(random() * 2))}`);
  if (random() < 0.25) blocks.push(codeBlock(random));
  blocks.push(`**Rule**: ${paragraph(random, 1)}`);
  return `${blocks.join('\n\n')}\n`;
}

/** A lessons file of `entries` entries (or, with `minBytes`, at least that many bytes), from `seed`. */
export function generateFile({ seed, entries = Infinity, minBytes = 0 }) {
  const random = createRandom(seed);
  const usedTitles = new Set();
  const total = Number.isFinite(entries) ? entries : 1;
  const chunks = ['# Lessons Learned\n'];
  let bytes = chunks[0].length;
  for (let index = 0; index < entries && (Number.isFinite(entries) || bytes < minBytes); index += 1) {
    // Spread the dates over 2000..2024 whatever the count, so big files do not run into the future.
    const day = Number.isFinite(entries) ? Math.floor((index * 9000) / total) : index * 3;
    const text = `\n${entry(random, day, usedTitles)}`;
    chunks.push(text);
    bytes += text.length;
  }
  return chunks.join('');
}

function writeIfChanged(file, text) {
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** Paths of every corpus file, by case. */
export function corpusLayout(outDir = defaultOutDir) {
  return {
    seed: path.join(outDir, 'seed', 'LESSONS.md'),
    manyDir: path.join(outDir, 'many'),
    many: Array.from({ length: manyFiles.count }, (_, index) => path.join(outDir, 'many', `lessons-${String(index + 1).padStart(4, '0')}.md`)),
    huge: Object.fromEntries(hugeSizes.map((size) => [size, path.join(outDir, 'huge', `lessons-${size}.md`)])),
  };
}

/** Write (or keep, when up to date) the whole corpus below `outDir`; returns its layout. */
export function generateCorpus(outDir = defaultOutDir) {
  const layout = corpusLayout(outDir);
  const stamp = path.join(outDir, 'VERSION');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === String(CORPUS_VERSION)) return layout;
  rmSync(outDir, { recursive: true, force: true });
  writeIfChanged(layout.seed, generateFile({ seed: 1, minBytes: 5000 }));
  layout.many.forEach((file, index) => writeIfChanged(file, generateFile({ seed: 1000 + index, entries: manyFiles.entries })));
  for (const size of hugeSizes) writeIfChanged(layout.huge[size], generateFile({ seed: size, entries: size }));
  writeFileSync(stamp, String(CORPUS_VERSION));
  return layout;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const outDir = process.argv[2] ? path.resolve(process.argv[2]) : defaultOutDir;
  generateCorpus(outDir);
  console.log(`corpus written to ${path.relative(process.cwd(), outDir) || '.'}`);
}
