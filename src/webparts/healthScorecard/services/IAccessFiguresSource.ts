/**
 * Where the scorecard's access review figures come from (issue 16): campaigns, their items and decisions, SoD
 * violations and stale groups, per region. Optional: a scorecard without it shows no access section.
 */
import type { AccessFigures } from '../../../core/accessReviews';

export interface IAccessFiguresSource {
  load(): Promise<AccessFigures>;
}
