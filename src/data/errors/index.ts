export { toGovernanceError } from './toGovernanceError';
export { GovernanceErrors } from './governanceErrors';
export { consoleErrorLog, type DataErrorLog } from './logError';
