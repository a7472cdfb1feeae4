/**
 * Where the scorecard's AI literacy figures come from (issue 19 part 4): per region and mission, the AI systems used
 * there, those with a current measure or a gap, and the share of their known users covered. Optional: a scorecard
 * without it shows no literacy section.
 */
import type { LiteracyRegionFigures } from '../../../core/literacy/regionCoverage';

export interface ILiteracyFiguresSource {
  load(): Promise<LiteracyRegionFigures>;
}
