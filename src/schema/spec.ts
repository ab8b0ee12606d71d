import * as z from 'zod';

/** Declarative description of one field of an entry schema. */
export const fieldSpecSchema = z
  .object({
    name: z.string().min(1).describe('Canonical field name, as it should be written'),
    aliases: z.array(z.string().min(1)).default([]).describe('Other labels accepted for this field'),
    required: z.boolean().default(false).describe('Whether every entry must have this field'),
    values: z.array(z.string().min(1)).optional().describe('Allowed values (first word of the field, any case)'),
  })
  .strict();

/** Where a schema dates its entries when not in the heading: a field such as `**Date:** 2026-04-19`. */
export const dateFieldSpecSchema = z
  .object({
    field: z.string().min(1).describe('Canonical name of the field holding the entry date'),
    aliases: z.array(z.string().min(1)).default([]).describe('Other labels of the date field'),
  })
  .strict();

/** Declarative description of an entry schema: the input form of presets and custom schemas. */
export const entrySchemaSpecSchema = z
  .object({
    description: z.string().optional().describe('What entries of this schema record'),
    fields: z.array(fieldSpecSchema).default([]).describe('The fields of an entry; none means an entry is a date and text'),
    date: dateFieldSpecSchema.optional().describe('Date entries in a field rather than in the heading'),
  })
  .strict();

/** One field of an entry schema, defaults applied. */
export type FieldSpec = z.output<typeof fieldSpecSchema>;
/** The date field of a schema, defaults applied. */
export type DateFieldSpec = z.output<typeof dateFieldSpecSchema>;
/** An entry schema description as written in config, before defaults. */
export type EntrySchemaSpecInput = z.input<typeof entrySchemaSpecSchema>;

/** An entry schema ready for matching and validation. */
export interface EntrySchema {
  name: string;
  description?: string;
  fields: FieldSpec[];
  /** Set when entries carry their date in a field rather than in the heading. */
  date?: DateFieldSpec;
}
