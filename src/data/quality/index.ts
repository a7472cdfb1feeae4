export { addMeasurement, allMeasurements, dayOf, measurementsOf, QUALITY_FIGURE_FIELDS, type QualityRepositories } from './qualityStore';
