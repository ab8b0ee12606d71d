import { z } from 'zod';

/** Declarative description of one field of an entry schema. */
export const fieldSpecSchema = z
  .object({
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    required: z.boolean().default(false),
    values: z.array(z.string().min(1)).optional(),
  })
  .strict();

/** Declarative description of an entry schema: the input form of presets and custom schemas. */
export const entrySchemaSpecSchema = z
  .object({
    description: z.string().optional(),
    fields: z.array(fieldSpecSchema).default([]),
  })
  .strict();

/** One field of an entry schema, defaults applied. */
export type FieldSpec = z.output<typeof fieldSpecSchema>;
/** An entry schema description as written in config, before defaults. */
export type EntrySchemaSpecInput = z.input<typeof entrySchemaSpecSchema>;

/** An entry schema ready for matching and validation. */
export interface EntrySchema {
  name: string;
  description?: string;
  fields: FieldSpec[];
}
