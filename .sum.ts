import { getFormatter, formatterNames } from './src/report/index.js';
const results = [{ filePath: '/x/LESSONS.md', diagnostics: [], errorCount: 0, warningCount: 0, stats: { entries: 3 } }];
for (const name of formatterNames) { const f = await getFormatter(name); console.log(name, JSON.stringify(f!(results as never, { cwd: '/x', colorLevel: 1, toolVersion: '0' })).slice(0, 80)); }
