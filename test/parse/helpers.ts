import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultConfig } from '../../src/config/resolved.js';
import { buildDocument } from '../../src/lint/build-document.js';
import type { LessonsDocument } from '../../src/parse/model.js';
import { createSchemaSet } from '../../src/schema/schema-set.js';

/** Absolute path of a file under the repository root. */
export function repoPath(relative: string): string {
  return fileURLToPath(new URL(`../../${relative}`, import.meta.url));
}

/** The lessons model of a text under the default (preset) config. */
export function modelOf(text: string): LessonsDocument {
  return buildDocument(text, createSchemaSet(defaultConfig()), { filePath: 'test.md' });
}

/** The lessons model of a fixture file. */
export function modelOfFixture(relative: string): LessonsDocument {
  return modelOf(readFileSync(repoPath(relative), 'utf8'));
}

/** Entries as compact rows: `line date title | Field@line:col(style) ...`. */
export function summarize(document: LessonsDocument): string[] {
  return document.entries.map((entry) => {
    const fields = entry.fields.map((field) => `${field.name}@${field.labelRange.start.line}:${field.labelRange.start.column}(${field.labelStyle})`);
    return `${entry.heading.range.start.line} ${entry.heading.date?.raw ?? '-'} ${entry.heading.title ?? '-'} | ${fields.join(' ')}`;
  });
}
