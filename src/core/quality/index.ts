/** Measured data-quality dimensions of inventory records (issue 18 part 5). Pure: no SPFx or PnPjs. */
export { QUALITY_DIMENSIONS, QUALITY_SCORE_MAX, QUALITY_SCORE_MIN, QUALITY_TEXT_MAX } from './model';
export type { QualityDimension, QualityDraft, QualityMeasurement } from './model';
export { QUALITY_ISSUE_CODES, isQualityDimension, measurementFromDraft, parseQualityScore, validateQualityMeasurement } from './validation';
export type { QualityIssueCode } from './validation';
export { latestByDimension, qualityByGroups, qualityByScope } from './latest';
export type { MeasurementRow, QualityDimensionFigures, QualityGroup, QualityScopeFigures } from './latest';
export { QUALITY_IMPORT_COLUMNS, QUALITY_REQUIRED_COLUMNS, autoMapQualityColumns, qualityMappingProblems } from './importColumns';
export type { QualityImportColumn, QualityImportMapping, QualityMappingProblems } from './importColumns';
export { checkQualityRows, dimensionOf, isItemId, matchRecord, parseQualityRows, qualityKey } from './importRows';
export type { CheckedQualityRow, KeyedMeasurement, ParsedQualityRow, RecordMatch } from './importRows';
export { QUALITY_IMPORT_OUTCOMES, countOutcomes, initialQualityReport } from './importReport';
export type { QualityImportOutcome, QualityReportRow } from './importReport';
export { QUALITY_TEMPLATE_HEADERS, qualityTemplateRow } from './importTemplate';
