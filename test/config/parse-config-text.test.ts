import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/config-error.js';
import { configFormatOf, parseConfigText, type ConfigFormat } from '../../src/config/parse-config-text.js';

function problemOf(text: string, format: ConfigFormat): ConfigError {
  try {
    parseConfigText(text, format);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfigText', () => {
  it.each([
    ['{\n  "a": 1,\n}', 'invalid JSON at line 3, column 1: unexpected trailing comma'],
    ['{\n "a": }', 'invalid JSON at line 2, column 7: expected a value'],
    ['{"a" 1}', "invalid JSON at line 1, column 6: expected ':'"],
    ['{"a": 1 "b": 2}', "invalid JSON at line 1, column 9: expected ','"],
    ['{"a": 1', "invalid JSON at line 1, column 8: unexpected end of file, expected '}'"],
    ['// note\n{}', 'invalid JSON at line 1, column 1: comments are not allowed in JSON'],
    ["{'a': 1}", 'invalid JSON at line 1, column 2: invalid symbol'],
    ['{} {}', 'invalid JSON at line 1, column 4: expected the end of the file'],
    ['  \n', 'invalid JSON: the file is empty'],
  ])('JSON %j', (text, message) => {
    expect(problemOf(text, 'json').message).toBe(message);
  });

  it.each([
    ['a: 1\na: 2\n', 'invalid YAML at line 2, column 1: map keys must be unique'],
    ['rules:\n\t- b\n', 'invalid YAML at line 2, column 1: tabs are not allowed as indentation'],
    ['rules: {a: 1\n', 'invalid YAML at line 2, column 1: flow map in block collection must be sufficiently indented and end with a }'],
    ['schema: incident\nrules: *missing\n', 'invalid YAML at line 2, column 8: unresolved alias (the anchor must be set before the alias): missing'],
  ])('YAML %j', (text, message) => {
    expect(problemOf(text, 'yaml').message).toBe(message);
  });

  it('parses JSON, YAML and the lessons key of package.json', () => {
    expect(parseConfigText('\uFEFF{"schema": "incident"}', 'json')).toEqual({ schema: 'incident' });
    expect(parseConfigText('schema: [incident, correction]\n', 'yaml')).toEqual({ schema: ['incident', 'correction'] });
    expect(parseConfigText('{"name": "x", "lessons": {"schema": "incident"}}', 'package-json')).toEqual({ schema: 'incident' });
  });

  it('reports a package.json without a lessons key', () => {
    expect(problemOf('{"name": "x"}', 'package-json').message).toBe('no "lessons" key in package.json');
  });

  it.each([
    ['/a/lessons.config.json', 'json'],
    ['/a/.lessonsrc.json', 'json'],
    ['/a/.lessonsrc.yaml', 'yaml'],
    ['/a/.lessonsrc.yml', 'yaml'],
    ['/a/team.YML', 'yaml'],
    ['/a/package.json', 'package-json'],
    ['/a/custom.conf', 'json'],
  ])('format of %s is %s', (filePath, format) => {
    expect(configFormatOf(filePath)).toBe(format);
  });
});

describe('ConfigError', () => {
  it('keeps the detail and adds the file', () => {
    const error = new ConfigError('schema: unknown schema "x"', { position: { line: 1, column: 2 } }).withFile('/p/lessons.config.json', 'lessons.config.json');
    expect(error.message).toBe('lessons.config.json: schema: unknown schema "x"');
    expect(error.detail).toBe('schema: unknown schema "x"');
    expect(error.filePath).toBe('/p/lessons.config.json');
    expect(error.position).toEqual({ line: 1, column: 2 });
    expect(error.name).toBe('ConfigError');
  });
});
