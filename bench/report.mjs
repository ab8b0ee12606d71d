// Statistics of one cell and the Markdown tables of a whole run.

/** Median, min and max wall time, peak RSS and exit codes of a cell's timed runs. */
export function summarize(samples) {
  const times = samples.map((sample) => sample.ms).sort((a, b) => a - b);
  const middle = Math.floor(times.length / 2);
  const median = times.length % 2 === 1 ? times[middle] : (times[middle - 1] + times[middle]) / 2;
  const rss = samples.map((sample) => sample.rssKb).filter((value) => value !== undefined);
  const cpu = samples.map((sample) => sample.cpuMs).filter((value) => value !== undefined).sort((a, b) => a - b);
  return {
    median,
    min: times[0],
    max: times[times.length - 1],
    runs: times.length,
    cpuMedian: cpu.length > 0 ? cpu[Math.floor(cpu.length / 2)] : undefined,
    rssMb: rss.length > 0 ? Math.round(Math.max(...rss) / 1024) : undefined,
    exitCodes: [...new Set(samples.map((sample) => sample.code))],
  };
}

const fixed = (value, digits = 2) => (value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits));

// A peer's time over ours; a peer that timed out is at least (limit / ours) slower.
function peerRatio(peer, ours) {
  if (!peer || !ours?.median) return '–';
  if (peer.timedOut) return `> ${fixed(peer.timedOut / ours.median, 1)}× (timed out)`;
  if (peer.skipped) return `not run (${peer.skipped})`;
  return `${fixed(peer.median / ours.median, 1)}×`;
}

// Time growth per doubling of entries between this huge file and the previous one.
function perDoubling(item, previous) {
  const now = item.cells.lessons?.median;
  const before = previous?.cells.lessons?.median;
  if (!item.entries || !previous?.entries || !now || !before) return '–';
  return `${fixed((now / before) ** (1 / Math.log2(item.entries / previous.entries)))}×`;
}

function table(header, rows) {
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

/** The run's tables, in Markdown: ratios first (what the README quotes), then RSS and raw times. */
export function renderTables(report) {
  const node = report.cases.find((item) => item.id === 'seed')?.cells.node?.median;
  const cases = report.cases;
  const ratios = table(
    ['Case', "lessons ÷ `node -e ''`", 'lessons ÷ parse floor', '(CPU time)', 'lessons ÷ blocks floor', 'per doubling', 'markdownlint-cli2 ÷ lessons', 'remark-cli ÷ lessons'],
    cases.map((item, index) => {
      const ours = item.cells.lessons;
      const previous = cases[index - 1]?.entries ? cases[index - 1] : undefined;
      return [
        item.label,
        // Start-up is what the ratio to bare Node measures; on big inputs it would only restate their size.
        item.id === 'seed' && ours?.median && node ? `${fixed(ours.median / node)}×` : '',
        ours?.median && item.cells.floor?.median ? `${fixed(ours.median / item.cells.floor.median)}×` : '–',
        ours?.cpuMedian && item.cells.floor?.cpuMedian ? `${fixed(ours.cpuMedian / item.cells.floor.cpuMedian)}×` : '–',
        ours?.median && item.cells.blocks?.median ? `${fixed(ours.median / item.cells.blocks.median)}×` : '–',
        item.entries ? perDoubling(item, previous) : '',
        peerRatio(item.cells['markdownlint-cli2'], ours),
        peerRatio(item.cells['remark-cli'], ours),
      ];
    }),
  );
  const tools = ['node', 'floor', 'blocks', 'lessons', 'lessons-fix', 'markdownlint-cli2', 'remark-cli'];
  const headers = ['Case', "`node -e ''`", 'parse floor', 'blocks floor', 'lessons', 'lessons --fix-dry-run', 'markdownlint-cli2', 'remark-cli'];
  const cell = (value, render) => (value === undefined ? '' : value.median === undefined ? (value.timedOut ? `> ${value.timedOut / 1000} s` : 'not run') : render(value));
  const rss = table(headers.map((name, index) => (index === 0 ? 'Peak RSS (MB)' : name)), cases.map((item) => [item.label, ...tools.map((tool) => cell(item.cells[tool], (value) => String(value.rssMb ?? '?')))]));
  const times = table(
    headers.map((name, index) => (index === 0 ? 'Median ms (min–max)' : name)),
    cases.map((item) => [item.label, ...tools.map((tool) => cell(item.cells[tool], (value) => `${fixed(value.median, 0)} (${fixed(value.min, 0)}–${fixed(value.max, 0)})`))]),
  );
  return `${ratios}\n\n${rss}\n\n${times}\n\n${renderTargets(report)}`;
}

/** The targets of issue 5, each with the run's figure and whether it is met. */
export function renderTargets(report) {
  const byId = Object.fromEntries(report.cases.map((item) => [item.id, item]));
  const ratio = (item, over) => (item?.cells.lessons?.median && over ? item.cells.lessons.median / over : undefined);
  const huge = report.cases.filter((item) => item.entries);
  const doublings = huge.slice(1).map((item, index) => {
    const previous = huge[index];
    return (item.cells.lessons.median / previous.cells.lessons.median) ** (1 / Math.log2(item.entries / previous.entries));
  });
  const biggest = huge[huge.length - 1];
  const rows = [
    ['start-up: one seed-size file ≤ 2.0× `node -e \'\'`', ratio(byId.seed, byId.seed?.cells.node?.median), 2.0, '×'],
    ['throughput: 1,000 files ≤ 1.1× the parse floor', ratio(byId.many, byId.many?.cells.floor?.median), 1.1, '×'],
    ['huge files: each doubling ≤ 2.2× the time', doublings.length > 0 ? Math.max(...doublings) : undefined, 2.2, '×'],
    [`huge files: ${biggest?.label ?? 'the biggest file'} ≤ 1.1× the section-by-section parse floor`, ratio(biggest, biggest?.cells.floor?.median), 1.1, '×'],
    [`huge files: peak RSS < 400 MB (${biggest?.label ?? 'the biggest file'})`, biggest?.cells.lessons?.rssMb, 400, ' MB'],
    ['fixing: 1,000 files with --fix-dry-run ≤ 1.1× plain lint', byId.many?.cells['lessons-fix']?.median && byId.many?.cells.lessons?.median ? byId.many.cells['lessons-fix'].median / byId.many.cells.lessons.median : undefined, 1.1, '×'],
  ];
  return table(
    ['Target', 'This run', 'Met'],
    rows.map(([label, value, limit, unit]) => [label, value === undefined ? '–' : `${fixed(value, unit === ' MB' ? 0 : 2)}${unit}`, value === undefined ? '–' : (unit === ' MB' ? value < limit : value <= limit) ? 'yes' : 'no']),
  );
}
