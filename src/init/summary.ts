import type { InferredSchema } from './infer-schema.js';

/** A short account of what `lessons init --from` inferred: entries seen, then one row per field. */
export function describeInferredSchema(inferred: InferredSchema, options: { name: string; source: string }): string {
  const layout = LAYOUT_NAMES[inferred.layout] ?? (inferred.entryDepth ? `${'#'.repeat(inferred.entryDepth)} headings` : 'headings');
  const basis = inferred.basis === 'template' ? ', field names and order from its Format template' : '';
  const lines = [`Inferred schema \`${options.name}\` from ${options.source}: ${inferred.entryCount} ${plural(inferred.entryCount, 'entry', 'entries')} as ${layout}${basis}`];
  const width = Math.max(5, ...inferred.fields.map((field) => field.name.length));
  for (const field of inferred.fields) {
    const details = [
      field.required ? 'required' : 'optional',
      field.aliases.length > 0 ? `aliases: ${field.aliases.join(', ')}` : '',
      field.values ? `values: ${field.values.join(', ')}` : '',
    ].filter((part) => part !== '');
    lines.push(`  ${field.name.padEnd(width)}  ${details.join('; ')}`);
  }
  if (inferred.fields.length === 0) lines.push(inferred.layout === 'topic-items' ? '  (no fields: an entry is a bullet, titled by its bold lead or first sentence)' : '  (no fields: an entry is a date and text)');
  if (inferred.date) lines.push(`  ${'date'.padEnd(width)}  from the field \`${inferred.date.field}\``);
  if (inferred.dates === 'none') lines.push('  No entry is dated: entry-date is turned off');
  else if (!inferred.isDatedFormat) lines.push('  Some entries are dated: entry-date checks the dates written, and asks for none');
  if (inferred.dateOrder) lines.push(`  Entries are ${inferred.dateOrder}: date-order warns when one is out of place`);
  return `${lines.join('\n')}\n`;
}

const LAYOUT_NAMES: Partial<Record<InferredSchema['layout'], string>> = { 'list-items': 'list items', records: 'records without headings', 'topic-items': 'bullets under topic headings' };

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}
