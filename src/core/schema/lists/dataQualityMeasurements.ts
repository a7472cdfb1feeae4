import { QUALITY_DIMENSIONS, QUALITY_SCORE_MAX, QUALITY_SCORE_MIN, QUALITY_TEXT_MAX, type QualityMeasurement } from '../../quality/model';
import type { ListDefinition } from '../types';

/**
 * DataQualityMeasurements (issue 18, part 5): one item per data-quality score measured on a Data Inventory record
 * (completeness, uniqueness, validity, timeliness, consistency, accuracy), with the day measured and what measured it.
 * Add-only history (`appendOnly`): a correction is a new measurement, never an edit, and the latest one counts.
 * Indexed: Title, the record (the details panel's read) and the dimension.
 */
export const DATA_QUALITY_MEASUREMENTS_LIST: ListDefinition<QualityMeasurement> = {
  key: 'dataQualityMeasurements',
  title: 'DataQualityMeasurements',
  description: 'Measured data-quality scores (0-100) of inventory records per dimension, with the date measured and the source; added, never edited.',
  majorVersionLimit: 50,
  access: 'appendOnly',
  fields: [
    { internalName: 'Title', property: 'title', displayName: 'Title', type: 'Text', required: true, maxLength: 255, builtIn: true, indexed: true, group: 'measurement' },
    { internalName: 'Asset', property: 'asset', displayName: 'Inventory record', type: 'Lookup', lookupList: 'dataAssets', required: true, indexed: true, group: 'identity' },
    { internalName: 'Dimension', property: 'dimension', displayName: 'Dimension', type: 'Choice', choices: QUALITY_DIMENSIONS, required: true, indexed: true, group: 'measurement' },
    { internalName: 'Score', property: 'score', displayName: 'Score (0-100)', type: 'Number', required: true, min: QUALITY_SCORE_MIN, max: QUALITY_SCORE_MAX, group: 'measurement' },
    { internalName: 'MeasuredOn', property: 'measuredOn', displayName: 'Date measured', type: 'DateTime', dateOnly: true, required: true, group: 'measurement' },
    { internalName: 'Source', property: 'source', displayName: 'Source', type: 'Text', maxLength: QUALITY_TEXT_MAX, group: 'measurement' },
    { internalName: 'Note', property: 'note', displayName: 'Note', type: 'Text', maxLength: QUALITY_TEXT_MAX, group: 'measurement' }
  ]
};
