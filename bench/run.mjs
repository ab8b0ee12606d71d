#!/usr/bin/env node
// `npm run bench`: lessons lint side by side with bare Node, the remark parse floor and two peer
// linters, on generated corpora. Prints a table of ratios and writes bench/out/results.json.
// Figures, not pass/fail: the targets are reported, never asserted.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultOutDir, generateCorpus, hugeSizes } from './generate.mjs';
import { measure, rssMethod } from './measure.mjs';
import { renderTables, summarize } from './report.mjs';
import { assertBuilt, commandOf, describeTools, root, toolIds } from './tools.mjs';

const usage = `usage: npm run bench -- [--quick] [--runs N] [--only seed,many,huge] [--no-peers]
  --quick      fewer runs, huge files up to 5k entries, peers on huge files up to 2k entries
  --runs N     timed runs per tool on the seed-size file (default 15, quick 5)
  --only LIST  cases to run: seed, many, huge (default: all)
  --no-peers   skip markdownlint-cli2 and remark-cli`;

function parseArgs(argv) {
  const options = { quick: false, runs: undefined, only: ['seed', 'many', 'huge'], peers: true };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--quick') options.quick = true;
    else if (arg === '--no-peers') options.peers = false;
    else if (arg === '--runs') options.runs = Number(argv[++index]);
    else if (arg === '--only') options.only = String(argv[++index]).split(',');
    else if (arg === '--help' || arg === '-h') {
      console.log(usage);
      process.exit(0);
    } else throw new Error(`unknown option ${arg}\n${usage}`);
  }
  return options;
}

// Per case: its input, how often each tool runs, and which tools are capped (run once, with a
// time limit, and not at all past the size at which they first timed out).
function planCases(options, layout) {
  const rel = (file) => path.relative(defaultOutDir, file);
  const smallRuns = options.runs ?? (options.quick ? 5 : 15);
  const cases = [];
  if (options.only.includes('seed')) {
    cases.push({ id: 'seed', label: 'one seed-size file (5 KB)', input: { files: [rel(layout.seed)] }, runs: smallRuns, warmup: 3, tools: toolIds });
  }
  if (options.only.includes('many')) {
    cases.push({
      id: 'many',
      label: '1,000 files of 20 entries (12 MB)',
      input: { files: layout.many.map(rel), glob: 'many/*.md', dir: 'many' },
      runs: options.quick ? 1 : 2,
      warmup: options.quick ? 0 : 1,
      tools: toolIds.filter((tool) => tool !== 'node'),
      // The peers take most of a minute here: one run each, no warm-up.
      peerRuns: 1,
      peerWarmup: 0,
    });
  }
  if (options.only.includes('huge')) {
    for (const size of hugeSizes.filter((entries) => !options.quick || entries <= 5000)) {
      cases.push({
        id: `huge-${size / 1000}k`,
        entries: size,
        label: `one file of ${size.toLocaleString('en')} entries`,
        input: { files: [rel(layout.huge[size])], sections: true },
        runs: options.quick ? 1 : 3,
        warmup: options.quick || size > 5000 ? 0 : 1,
        tools: toolIds.filter((tool) => tool !== 'node' && tool !== 'lessons-fix'),
        capped: { peers: true, maxEntries: options.quick ? 2000 : Infinity, timeoutMs: options.quick ? 30_000 : 120_000 },
      });
    }
  }
  const peers = ['markdownlint-cli2', 'remark-cli'];
  if (!options.peers) for (const item of cases) item.tools = item.tools.filter((tool) => !peers.includes(tool));
  return cases;
}

const isPeer = (tool) => tool === 'markdownlint-cli2' || tool === 'remark-cli';

// The tools of a case take turns run by run, so a change in the machine's load (other work on a
// shared machine) falls on all of them alike rather than on whichever ran last.
async function runCase(item, state, log) {
  const plans = item.tools.map((tool) => {
    const capped = isPeer(tool) && item.capped;
    const skipped = capped && (item.entries > item.capped.maxEntries || state.timedOut.has(tool));
    const { command, args } = commandOf(tool, item.input);
    return {
      tool,
      skipped: skipped ? (state.timedOut.has(tool) ? 'timed out on a smaller file' : 'skipped (--quick)') : undefined,
      run: () => measure({ command, args, cwd: defaultOutDir, timeoutMs: capped ? item.capped.timeoutMs : undefined }),
      runs: capped ? 1 : isPeer(tool) && item.peerRuns ? item.peerRuns : item.runs,
      warmup: capped ? 0 : isPeer(tool) && item.peerWarmup !== undefined ? item.peerWarmup : item.warmup,
      samples: [],
      timedOut: undefined,
    };
  });
  const active = () => plans.filter((plan) => !plan.skipped && plan.timedOut === undefined);
  for (let round = 0; round < Math.max(...plans.map((plan) => plan.warmup)); round += 1) {
    for (const plan of active()) if (round < plan.warmup) await plan.run();
  }
  for (let round = 0; round < Math.max(...plans.map((plan) => plan.runs)); round += 1) {
    for (const plan of active()) {
      if (round >= plan.runs) continue;
      const sample = await plan.run();
      if (sample.timedOut) {
        state.timedOut.add(plan.tool);
        plan.timedOut = item.capped.timeoutMs;
      } else plan.samples.push(sample);
    }
  }
  const cells = {};
  for (const plan of plans) {
    cells[plan.tool] = plan.skipped ? { skipped: plan.skipped } : plan.timedOut ? { timedOut: plan.timedOut } : summarize(plan.samples);
    log(plan.tool, cells[plan.tool]);
  }
  return cells;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  assertBuilt();
  const started = Date.now();
  process.stderr.write('generating the corpus... ');
  const layout = generateCorpus();
  process.stderr.write('done\n');
  const cases = planCases(options, layout);
  const state = { timedOut: new Set() };
  const results = [];
  for (const item of cases) {
    process.stderr.write(`${item.id}: ${item.tools.join(', ')}...\n`);
    const cells = await runCase(item, state, (tool, cell) => {
      const codes = cell.exitCodes?.some((code) => code !== 0) ? `, exit ${cell.exitCodes.join('/')}` : '';
      const shown = cell.median === undefined ? (cell.skipped ?? `timed out (${cell.timedOut / 1000} s)`) : `${cell.median.toFixed(0)} ms, ${cell.rssMb ?? '?'} MB${codes}`;
      process.stderr.write(`  ${tool.padEnd(18)} ${shown}\n`);
    });
    results.push({ id: item.id, label: item.label, entries: item.entries, runs: item.runs, warmup: item.warmup, cells });
  }
  const report = {
    date: new Date().toISOString(),
    mode: options.quick ? 'quick' : 'full',
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), platform: `${os.type()} ${os.release()}`, node: process.version, loadAverage: os.loadavg() },
    rssMethod,
    tools: describeTools(),
    cases: results,
    durationSeconds: Math.round((Date.now() - started) / 1000),
  };
  const out = path.join(root, 'bench', 'out', 'results.json');
  mkdirSync(path.dirname(out), { recursive: true });
  const tables = renderTables(report);
  report.tables = tables;
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(tables);
  console.log(`\nwritten to ${path.relative(process.cwd(), out)} in ${report.durationSeconds} s`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
