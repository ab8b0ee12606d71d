import { describe, expect, it } from 'vitest';
import { discoveryPatterns, isIgnored } from '../../src/config/file-patterns.js';
import { readFrontmatterSettings } from '../../src/config/frontmatter-settings.js';
import { emptyLoadedConfig } from '../../src/config/loaded-config.js';
import { resolveConfigForFile } from '../../src/config/resolve-for-file.js';
import { defaultConfig } from '../../src/config/resolved.js';
import { validateConfig } from '../../src/config/validate-config.js';
import { lintText } from '../../src/lint/lint-text.js';

const base = '/project';
const load = (input: unknown) => validateConfig(input, { baseDirectory: base });

describe('resolveConfigForFile', () => {
  it('without a config gives the defaults', () => {
    expect(resolveConfigForFile(emptyLoadedConfig(base), 'LESSONS.md')).toEqual(defaultConfig());
  });

  it('applies the top-level settings', () => {
    const resolved = resolveConfigForFile(load({ schema: 'correction', entryLayout: 'list-items', rules: { 'future-date': 'off' } }), 'LESSONS.md');
    expect(resolved.schema).toEqual(['correction']);
    expect(resolved.entryLayout).toBe('list-items');
    expect(resolved.rules).toEqual({ 'future-date': { severity: 'off' } });
  });

  it('makes custom schemas candidates, before the presets, when the config names none', () => {
    const resolved = resolveConfigForFile(load({ schemas: { postmortem: {}, incident: { fields: [{ name: 'Bug' }] } } }), 'a.md');
    expect(resolved.schema).toEqual(['postmortem', 'incident', 'correction']);
    expect(Object.keys(resolved.schemas).sort()).toEqual(['correction', 'incident', 'postmortem']);
  });

  it('applies matching overrides in order, and only those', () => {
    const loaded = load({
      schema: 'incident',
      rules: { 'date-order': ['warn', { order: 'newest-first' }] },
      overrides: [
        { files: ['docs/**'], schema: 'correction', rules: { 'date-order': 'error' } },
        { files: ['docs/old/**'], rules: { 'date-order': ['off', { order: 'oldest-first' }] } },
        { files: ['tasks/**'], schema: ['incident', 'correction'] },
      ],
    });
    expect(resolveConfigForFile(loaded, 'LESSONS.md')).toMatchObject({
      schema: ['incident'],
      rules: { 'date-order': { severity: 'warn', options: { order: 'newest-first' } } },
    });
    // A bare severity keeps the options set before it.
    expect(resolveConfigForFile(loaded, 'docs/lessons.md')).toMatchObject({
      schema: ['correction'],
      rules: { 'date-order': { severity: 'error', options: { order: 'newest-first' } } },
    });
    expect(resolveConfigForFile(loaded, 'docs/old/lessons.md').rules['date-order']).toEqual({
      severity: 'off',
      options: { order: 'oldest-first' },
    });
    expect(resolveConfigForFile(loaded, 'tasks/lessons.md').schema).toEqual(['incident', 'correction']);
  });

  it('does not let a file change the loaded config', () => {
    const loaded = load({ rules: { 'date-order': 'warn' }, overrides: [{ files: ['**'], rules: { 'date-order': 'error' } }] });
    resolveConfigForFile(loaded, 'a.md');
    expect(loaded.rules['date-order']).toEqual({ severity: 'warn' });
  });

  it('accepts absolute paths and matches them relative to the config directory', () => {
    const loaded = load({ overrides: [{ files: ['docs/**'], schema: 'correction' }] });
    expect(resolveConfigForFile(loaded, '/project/docs/a.md').schema).toEqual(['correction']);
    expect(resolveConfigForFile(loaded, '/elsewhere/docs/a.md').schema).toEqual(['incident', 'correction']);
  });

  it('matches dot directories like any other', () => {
    const loaded = load({ overrides: [{ files: ['**/lessons.md'], schema: 'correction' }] });
    expect(resolveConfigForFile(loaded, '.claude/lessons.md').schema).toEqual(['correction']);
  });

  it('lets the front matter choose the schema last', () => {
    const loaded = load({ schemas: { postmortem: {} }, overrides: [{ files: ['**'], schema: 'incident' }] });
    const resolved = resolveConfigForFile(loaded, 'a.md', { title: 'x', lessons: { schema: 'postmortem', entryLayout: 'headings' } });
    expect(resolved.schema).toEqual(['postmortem']);
    expect(resolved.entryLayout).toBe('headings');
  });

  it('leaves invalid front matter settings out', () => {
    const loaded = load({ schema: 'incident' });
    expect(resolveConfigForFile(loaded, 'a.md', { lessons: { schema: 'postmortm' } }).schema).toEqual(['incident']);
    expect(resolveConfigForFile(loaded, 'a.md', 'just a string').schema).toEqual(['incident']);
  });

  it('gives a config that lintText uses with a custom schema', () => {
    const loaded = load({
      schemas: { postmortem: { fields: [{ name: 'What happened', aliases: ['Problem'], required: true }, { name: 'Rule', required: true }] } },
      schema: 'postmortem',
    });
    const text = '# Lessons\n\n## 2026-02-14: Cache was stale\n\n**Problem**: the cache outlived the deploy.\n\n**Rule**: Version cache keys.\n\n## 2026-02-15: Missing rule\n\n**What happened**: x\n';
    const result = lintText(text, { filePath: 'LESSONS.md', config: resolveConfigForFile(loaded, 'LESSONS.md'), now: new Date('2026-03-01') });
    const required = result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'required-field');
    expect(required.map((diagnostic) => [diagnostic.line, diagnostic.message])).toEqual([
      [9, expect.stringContaining('Rule') as unknown],
    ]);
  });
});

describe('readFrontmatterSettings', () => {
  const names = ['incident', 'correction', 'postmortem'];
  const cases: Array<[unknown, ReturnType<typeof readFrontmatterSettings>]> = [
    [undefined, { settings: {} }],
    [null, { settings: {} }],
    [['a'], { settings: {} }],
    [{ title: 'Lessons' }, { settings: {} }],
    [{ lessons: { schema: 'postmortem' } }, { settings: { schema: ['postmortem'] } }],
    [{ lessons: { schema: ['incident', 'correction'] } }, { settings: { schema: ['incident', 'correction'] } }],
    [{ lessons: { entryLayout: 'list-items' } }, { settings: { entryLayout: 'list-items' } }],
    [{ lessons: { schema: 'postmortm' } }, { problem: 'lessons.schema: unknown schema "postmortm", did you mean "postmortem"?' }],
    [{ lessons: { schema: ['incident', 'x'] } }, { problem: 'lessons.schema[1]: unknown schema "x", expected one of incident, correction, postmortem' }],
    [{ lessons: { shema: 'incident' } }, { problem: 'lessons.shema: unknown key, did you mean schema?' }],
    [{ lessons: 'incident' }, { problem: 'lessons: expected an object, got "incident"' }],
    [{ lessons: null }, { problem: 'lessons: expected an object, got null' }],
    [{ lessons: { schema: 3 } }, { problem: 'lessons.schema: expected a string or an array, got 3' }],
  ];
  it.each(cases)('%j', (data, expected) => {
    expect(readFrontmatterSettings(data, names)).toEqual(expected);
  });
});

describe('isIgnored and discoveryPatterns', () => {
  const loaded = validateConfig({ files: ['tasks/lessons.md', 'docs/**/lessons*.md'], ignores: ['archive/**', '**/*.draft.md'] }, { baseDirectory: base });

  it.each([
    ['archive/LESSONS.md', true],
    ['archive/2025/lessons.md', true],
    ['docs/a.draft.md', true],
    ['/project/archive/x.md', true],
    ['docs/lessons.md', false],
    ['LESSONS.md', false],
    ['/elsewhere/archive/x.md', false],
  ])('%s ignored: %s', (filePath, expected) => {
    expect(isIgnored(loaded, filePath)).toBe(expected);
  });

  it('gives the patterns for discovery relative to the config directory', () => {
    expect(discoveryPatterns(loaded)).toEqual({ cwd: base, files: ['tasks/lessons.md', 'docs/**/lessons*.md'], ignores: ['archive/**', '**/*.draft.md'] });
  });

  it('leaves files undefined when the config names none, so the usual names apply', () => {
    expect(discoveryPatterns(emptyLoadedConfig(base))).toEqual({ cwd: base, ignores: [] });
  });
});
