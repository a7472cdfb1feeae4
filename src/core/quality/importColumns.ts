/**
 * The columns of a file of measured data-quality scores (a quality tool's export, issue 18 part 5) and matching the
 * file's headers to them. English headers first, plus the French and Spanish words a steward's tool may write.
 */
import { normaliseHeader } from '../import/limits';

export const QUALITY_IMPORT_COLUMNS = ['record', 'dimension', 'score', 'measuredOn', 'source', 'note'] as const;
export type QualityImportColumn = (typeof QUALITY_IMPORT_COLUMNS)[number];

/** Per header index: the column it fills, or undefined when ignored. */
export type QualityImportMapping = readonly (QualityImportColumn | undefined)[];

/** Columns a row cannot do without. */
export const QUALITY_REQUIRED_COLUMNS: readonly QualityImportColumn[] = ['record', 'dimension', 'score', 'measuredOn'];

/** Header names each column is recognised by, preferred first (compared without case, spacing, punctuation or accents). */
const HEADER_NAMES: Readonly<Record<QualityImportColumn, readonly string[]>> = {
  record: ['Record', 'External ID', 'ExternalId', 'Record ID', 'Asset', 'Asset ID', 'Dataset', 'Dataset ID', 'Inventory record',
    'Enregistrement', 'Identifiant externe', 'Jeu de données', 'Registro', 'ID externo', 'Conjunto de datos', 'ID'],
  dimension: ['Dimension', 'Quality dimension', 'Metric', 'Dimension qualité', 'Dimensión', 'Dimensión de calidad'],
  score: ['Score', 'Quality score', 'Value', 'Result', 'Score (0-100)', 'Valeur', 'Résultat', 'Puntuación', 'Valor', 'Resultado'],
  measuredOn: ['Measured on', 'Date measured', 'Measurement date', 'Date', 'Measured', 'Run date',
    'Mesuré le', 'Date de mesure', 'Medido el', 'Fecha', 'Fecha de medición'],
  source: ['Source', 'Tool', 'Rule set', 'Measured by', 'Outil', 'Fuente', 'Herramienta'],
  note: ['Note', 'Notes', 'Comment', 'Comments', 'Remarque', 'Commentaire', 'Nota', 'Comentario']
};

/** Header text as compared: `normaliseHeader`, with accents dropped ("Mesuré le" = "mesurele"). */
export function headerKey(text: string): string {
  return normaliseHeader(text.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
}

/**
 * Matches headers to columns: each column takes the header matching the earliest of its names (so "External ID"
 * wins over a tool's own "ID" column), a header fills one column at most, and headers left over are ignored.
 */
export function autoMapQualityColumns(headers: readonly string[]): QualityImportMapping {
  const keys = headers.map(headerKey);
  const mapping: (QualityImportColumn | undefined)[] = headers.map(() => undefined);
  for (const column of QUALITY_IMPORT_COLUMNS) {
    for (const name of HEADER_NAMES[column]) {
      const index = keys.findIndex((key, i) => key !== '' && key === headerKey(name) && mapping[i] === undefined);
      if (index >= 0) {
        mapping[index] = column;
        break;
      }
    }
  }
  return mapping;
}

export interface QualityMappingProblems {
  readonly missingRequired: readonly QualityImportColumn[];
  readonly mappedTwice: readonly QualityImportColumn[];
}

/** What stops the mapping from going on to the preview (both empty when it can). */
export function qualityMappingProblems(mapping: QualityImportMapping): QualityMappingProblems {
  const counts = new Map<QualityImportColumn, number>();
  for (const column of mapping) if (column !== undefined) counts.set(column, (counts.get(column) ?? 0) + 1);
  return {
    missingRequired: QUALITY_REQUIRED_COLUMNS.filter((c) => !counts.has(c)),
    mappedTwice: QUALITY_IMPORT_COLUMNS.filter((c) => (counts.get(c) ?? 0) > 1)
  };
}
