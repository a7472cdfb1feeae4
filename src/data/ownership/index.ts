export { loadAll } from './loadAll';
export { currentPerson, isCurrentUserInGroup } from '../people/siteDirectory';
export { applyAssetOwnership, deriveAssetOwnership, type AppliedOwnership } from './applyOwnership';
export { reconcileOwnership, type ReconcileOptions, type ReconcileSummary } from './reconcileOwnership';
