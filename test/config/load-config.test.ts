import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/config-error.js';
import { loadConfig } from '../../src/config/load-config.js';
import { json, makeTree } from './helpers.js';

/** The ConfigError message loading `files` gives, with the working directory at the tree's root. */
async function loadError(files: Record<string, string>, options: { configPath?: string; cwd?: string } = {}): Promise<ConfigError> {
  const root = await makeTree(files);
  const error = await loadConfig({ cwd: path.join(root, options.cwd ?? ''), configPath: options.configPath }).catch((caught: unknown) => caught);
  if (!(error instanceof ConfigError)) throw new Error(`expected a ConfigError, got ${String(error)}`);
  return error;
}

describe('loadConfig errors name the file and say what is wrong', () => {
  const cases: Array<[string, Record<string, string>, string]> = [
    [
      'unknown key, with did-you-mean',
      { 'lessons.config.json': json({ rule: { 'future-date': 'off' } }) },
      'lessons.config.json: rule: unknown key, did you mean rules?',
    ],
    [
      'unknown rule, with did-you-mean',
      { 'lessons.config.json': json({ rules: { 'duplicate-entires': 'error' } }) },
      'lessons.config.json: rules.duplicate-entires: unknown rule, did you mean duplicate-entry?',
    ],
    [
      'bad severity, with did-you-mean',
      { 'lessons.config.json': json({ rules: { 'future-date': 'eror' } }) },
      'lessons.config.json: rules.future-date: invalid severity "eror", expected off, warn or error (or 0, 1, 2), did you mean error?',
    ],
    [
      'severity out of range',
      { 'lessons.config.json': json({ rules: { 'future-date': 3 } }) },
      'lessons.config.json: rules.future-date: invalid severity 3, expected off, warn or error (or 0, 1, 2)',
    ],
    [
      'bad rule options, checked by the rule’s own schema',
      { 'lessons.config.json': json({ rules: { 'date-order': ['error', { order: 'newest' }] } }) },
      'lessons.config.json: rules.date-order: invalid options: order: expected one of oldest-first, newest-first, got "newest"',
    ],
    [
      'options for a rule that takes none',
      { 'lessons.config.json': json({ rules: { 'future-date': ['warn', { days: 3 }] } }) },
      'lessons.config.json: rules.future-date: unexpected options, this rule takes none',
    ],
    [
      'unknown schema, with did-you-mean',
      { 'lessons.config.json': json({ schemas: { postmortem: { fields: [] } }, schema: 'postmortm' }) },
      'lessons.config.json: schema: unknown schema "postmortm", did you mean "postmortem"?',
    ],
    [
      'unknown schema in an override',
      { 'lessons.config.json': json({ overrides: [{ files: ['docs/**'], schema: ['incident', 'corection'] }] }) },
      'lessons.config.json: overrides[0].schema[1]: unknown schema "corection", did you mean "correction"?',
    ],
    [
      'unknown rule in an override',
      { 'lessons.config.json': json({ overrides: [{ files: ['docs/**'], rules: { 'date-ordr': 'off' } }] }) },
      'lessons.config.json: overrides[0].rules.date-ordr: unknown rule, did you mean date-order?',
    ],
    [
      'invalid JSON, with line and column',
      { 'lessons.config.json': '{\n  "rules": {\n    "future-date": "off",\n  }\n}\n' },
      'lessons.config.json: invalid JSON at line 4, column 3: unexpected trailing comma',
    ],
    [
      'invalid YAML, with line and column',
      { '.lessonsrc.yaml': 'rules:\n  future-date: off\n   date-order: [error\n' },
      '.lessonsrc.yaml: invalid YAML at line 2, column 16: nested mappings are not allowed in compact mappings',
    ],
    [
      'a YAML alias to no anchor, naming the file',
      { '.lessonsrc.yaml': 'schema: incident\nrules: *missing\n' },
      '.lessonsrc.yaml: invalid YAML at line 2, column 8: unresolved alias (the anchor must be set before the alias): missing',
    ],
    [
      'YAML that is valid but wrong',
      { '.lessonsrc.yml': 'schema: incident\nrules:\n  future-date: warning\n' },
      '.lessonsrc.yml: rules.future-date: invalid severity "warning", expected off, warn or error (or 0, 1, 2), did you mean warn?',
    ],
    [
      'a bad config in package.json',
      { 'package.json': json({ name: 'x', lessons: { schema: 'incidnet' } }) },
      'package.json: schema: unknown schema "incidnet", did you mean "incident"?',
    ],
    [
      'a package.json with our key that is not valid JSON',
      { 'package.json': '{ "name": "x", "lessons": { } ' },
      'package.json: invalid JSON at line 1, column 31: unexpected end of file, expected \'}\'',
    ],
  ];

  it.each(cases)('%s', async (_name, files, message) => {
    const error = await loadError(files);
    expect(error.message).toBe(message);
    expect(error.message).not.toContain('\n');
  });

  it('shows the file relative to the working directory when found in a parent', async () => {
    const error = await loadError({ 'lessons.config.json': json({ rules: { nope: 'off' } }), 'docs/deep/': '' }, { cwd: 'docs/deep' });
    expect(error.message).toBe(`${path.join('..', '..', 'lessons.config.json')}: rules.nope: unknown rule`);
    expect(error.filePath).toMatch(/lessons\.config\.json$/u);
  });

  it('an explicit config path that does not exist is an error, not the defaults', async () => {
    const error = await loadError({ 'lessons.config.json': json({}) }, { configPath: 'missing.json' });
    expect(error.message).toBe('missing.json: cannot read config file: no such file or directory');
  });

  it('a discovered config file name that is a directory is an error, not skipped', async () => {
    const error = await loadError({ '.git/': '', 'lessons.config.json/': '' });
    expect(error.message).toBe('lessons.config.json: cannot read config file: is a directory, expected a file');
  });

  it.skipIf(process.platform === 'win32')('escapes control characters in the file name', async () => {
    const error = await loadError({ 'a\nb.json': '{' }, { configPath: 'a\nb.json' });
    expect(error.message).toMatch(/^a\\nb\.json: invalid JSON/u);
  });

  it('an explicit package.json without a lessons key is an error', async () => {
    const error = await loadError({ 'package.json': json({ name: 'x' }) }, { configPath: 'package.json' });
    expect(error.message).toBe('package.json: no "lessons" key in package.json');
  });

  it('keeps the position of a parse error', async () => {
    const error = await loadError({ 'lessons.config.json': '{\n  "schema": incident\n}\n' });
    expect(error.position).toEqual({ line: 2, column: 13 });
    expect(error.message).toBe('lessons.config.json: invalid JSON at line 2, column 13: invalid symbol');
  });
});

describe('loadConfig', () => {
  it('loads the discovered file and makes patterns relative to its directory', async () => {
    const root = await makeTree({
      '.lessonsrc.json': json({ files: ['tasks/lessons.md'], ignores: ['archive/**'], rules: { 'date-order': 2 } }),
      'tasks/': '',
    });
    const { config, path: found } = await loadConfig({ cwd: path.join(root, 'tasks') });
    expect(found).toBe(path.join(root, '.lessonsrc.json'));
    expect(config.baseDirectory).toBe(root);
    expect(config.files).toEqual(['tasks/lessons.md']);
    expect(config.ignores).toEqual(['archive/**']);
    expect(config.rules['date-order']).toEqual({ severity: 'error' });
  });

  it('reads the lessons key of package.json', async () => {
    const root = await makeTree({ 'package.json': json({ name: 'x', lessons: { schema: 'correction' } }) });
    const { config, path: found } = await loadConfig({ cwd: root });
    expect(found).toBe(path.join(root, 'package.json'));
    expect(config.schema).toEqual(['correction']);
  });

  it('uses an explicit path relative to cwd, of any name', async () => {
    const root = await makeTree({ 'lessons.config.json': json({ schema: 'incident' }), 'conf/team.yaml': 'schema: correction\n' });
    const { config, path: found } = await loadConfig({ cwd: root, configPath: 'conf/team.yaml' });
    expect(found).toBe(path.join(root, 'conf/team.yaml'));
    expect(config.schema).toEqual(['correction']);
    expect(config.baseDirectory).toBe(path.join(root, 'conf'));
  });

  it('noConfig ignores config files, even broken ones', async () => {
    const root = await makeTree({ 'lessons.config.json': '{ broken' });
    const result = await loadConfig({ cwd: root, noConfig: true });
    expect(result.path).toBeUndefined();
    expect(result.config.baseDirectory).toBe(root);
    expect(result.config.rules).toEqual({});
  });

  it('refuses an explicit path together with noConfig', async () => {
    const root = await makeTree({});
    await expect(loadConfig({ cwd: root, noConfig: true, configPath: 'x.json' })).rejects.toThrow(ConfigError);
  });

  it('without any config file gives the defaults relative to cwd', async () => {
    const root = await makeTree({ '.git/': '', 'docs/': '' });
    const result = await loadConfig({ cwd: path.join(root, 'docs') });
    expect(result.path).toBeUndefined();
    expect(result.config).toMatchObject({ baseDirectory: path.join(root, 'docs'), files: [], ignores: [], overrides: [] });
  });

  it('an empty YAML file is an empty config', async () => {
    const root = await makeTree({ '.lessonsrc.yaml': '' });
    const result = await loadConfig({ cwd: root });
    expect(result.config.rules).toEqual({});
  });

  it('an empty JSON file is an error', async () => {
    const error = await loadError({ 'lessons.config.json': '' });
    expect(error.message).toBe('lessons.config.json: invalid JSON: the file is empty');
  });
});
