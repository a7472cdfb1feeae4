/**
 * Where the scorecard's measured data quality comes from (issue 18 part 5): every measurement with the columns the
 * figures read. The section works the figures out over the scorecard's own scope (`qualityByScope`). Optional: a
 * scorecard without it shows no quality section.
 */
import type { MeasurementRow } from '../../../core/quality/latest';

export interface IQualityFiguresSource {
  load(): Promise<readonly MeasurementRow[]>;
}
