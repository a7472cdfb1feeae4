/** Domain models of every list, plus the shared value types. */
export * from './common';
export * from './dataAsset';
export * from './ownershipRequest';
export * from './ownershipDecision';
export * from './aiSystem';
export * from './aiVerification';
export * from './risk';
export * from './riskAcceptance';
export * from './assessment';
export * from './usageObservation';
export * from './scorecardSnapshot';
export * from './mission';
export * from './governanceSetting';
export * from './accessReview';
export * from './governanceRole';
