import path from 'node:path';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { readYaml } from '../parse/load-yaml.js';
import { ConfigError } from './config-error.js';
import { hasLessonsKey } from './find-config.js';

/** How a config file is written. */
export type ConfigFormat = 'json' | 'yaml' | 'package-json';

/** The format of a config file, from its name: `package.json`, `*.yaml` / `*.yml`, else JSON. */
export function configFormatOf(filePath: string): ConfigFormat {
  const base = path.basename(filePath);
  if (base === 'package.json') return 'package-json';
  return /\.ya?ml$/iu.test(base) ? 'yaml' : 'json';
}

/**
 * The config object a file's text holds, not yet validated. Throws a `ConfigError` (without a
 * file name) for invalid JSON or YAML, with the line and column, and for a package.json without
 * a `lessons` key. An empty YAML file is an empty config.
 */
export function parseConfigText(text: string, format: ConfigFormat): unknown {
  const source = text.replace(/^\uFEFF/u, '');
  if (format === 'yaml') return parseYaml(source);
  const value = parseJson(source);
  if (format === 'json') return value;
  if (!hasLessonsKey(value)) throw new ConfigError('no "lessons" key in package.json');
  return value.lessons;
}

function parseYaml(source: string): unknown {
  const read = readYaml(source);
  if ('problem' in read) {
    const position = positionOf(source, read.problem.start);
    throw new ConfigError(`invalid YAML at line ${position.line}, column ${position.column}: ${lowerFirst(read.problem.message)}`, { position });
  }
  return read.value ?? {};
}

function parseJson(source: string): unknown {
  if (source.trim() === '') throw new ConfigError('invalid JSON: the file is empty', { position: { line: 1, column: 1 } });
  const errors: ParseError[] = [];
  const value: unknown = parseJsonc(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const [error] = errors;
  if (!error) return value;
  const position = positionOf(source, error.offset);
  const detail = describeJsonError(error, source);
  throw new ConfigError(`invalid JSON at line ${position.line}, column ${position.column}: ${detail}`, { position });
}

const jsonErrorTexts: Partial<Record<string, string>> = {
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: "expected ':'",
  CommaExpected: "expected ','",
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: 'expected the end of the file',
  InvalidCommentToken: 'comments are not allowed in JSON',
};

function describeJsonError(error: ParseError, source: string): string {
  const code = printParseErrorCode(error.error);
  const before = source.slice(0, error.offset).trimEnd();
  if ((code === 'PropertyNameExpected' || code === 'ValueExpected') && before.endsWith(',') && /^\s*[}\]]/u.test(source.slice(error.offset))) {
    return 'unexpected trailing comma';
  }
  if (error.offset >= source.length && code !== 'EndOfFileExpected') return `unexpected end of file, ${jsonErrorTexts[code] ?? words(code)}`;
  return jsonErrorTexts[code] ?? words(code);
}

/** 1-based line and column (UTF-16 units) of an offset. */
function positionOf(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

function words(code: string): string {
  return code.replace(/(?<=[a-z])(?=[A-Z])/gu, ' ').toLowerCase();
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
