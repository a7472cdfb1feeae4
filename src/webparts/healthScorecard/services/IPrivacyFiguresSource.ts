/**
 * Where the scorecard's privacy figures come from (issue 17 part 5): the records of processing per region and
 * mission. Optional: a scorecard without it shows no privacy section.
 */
import type { PrivacyFigures } from '../../../core/privacy/privacyFigures';

export interface IPrivacyFiguresSource {
  load(): Promise<PrivacyFigures>;
}
