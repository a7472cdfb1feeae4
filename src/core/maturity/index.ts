/** Data governance maturity by DMBOK area per scope, with targets and trend (issue 18 part 2). Pure: no SPFx or PnPjs. */
export { DMBOK_MATURITY_KEY, maturityAreas, maturityRuns } from './runs';
export type { MaturityArea, MaturityRunItem, MissionMaturityRun } from './runs';
export { maturityView } from './byScope';
export type { AreaState, MaturityAreaFigures, MaturityMission, MaturityPoint, MaturityScope, MaturityView } from './byScope';
export {
  DEFAULT_MATURITY_TARGET, MATURITY_TARGETS_KEY, parseMaturityTargets, serializeMaturityTargets, targetFor, targetsInForce, validateTargets
} from './targets';
export type { MaturityTargets, TargetIssueCode, TargetsInForce } from './targets';
export type { MaturityData } from './data';
