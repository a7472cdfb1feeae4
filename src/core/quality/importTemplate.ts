/**
 * The example file of the quality measurements import: the headers the import recognises and one example row marked
 * like the rollout kit's (`Example:` at the start of its Record), so a template sent back unchanged writes nothing.
 * English, like the kit's template headers, so a file is recognised whoever's language made it.
 */
import { EXAMPLE_ROW_MARKER } from '../import/exampleRow';

export const QUALITY_TEMPLATE_HEADERS: readonly string[] = ['Record', 'Dimension', 'Score', 'Measured on', 'Source', 'Note'];

/** The example row, dated `today` (`YYYY-MM-DD`): a date the import accepts. */
export function qualityTemplateRow(today: string): string[] {
  return [
    `${EXAMPLE_ROW_MARKER} DS-001 (the record's External ID or ID; this row is ignored by the import, replace or delete it)`,
    'Completeness',
    '87.5',
    today,
    'Profiler nightly run',
    'Share of rows with a beneficiary ID'
  ];
}
