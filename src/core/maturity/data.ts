import type { Stored } from '../models/common';
import type { GovernanceSetting } from '../models/governanceSetting';
import type { MaturityMission } from './byScope';
import type { MaturityArea, MissionMaturityRun } from './runs';
import type { TargetsInForce } from './targets';

/** Everything the scorecard's maturity section computes its figures from (read once per section load). */
export interface MaturityData {
  /** The template's areas (section ids and en/fr/es titles); empty when the template is not on the site. */
  readonly areas: readonly MaturityArea[];
  readonly runs: readonly MissionMaturityRun[];
  readonly missions: readonly MaturityMission[];
  readonly targets: TargetsInForce;
  /** The stored setting (its ETag for If-Match, its Editor), when there is one. */
  readonly setting: Stored<GovernanceSetting> | undefined;
}
