/** Governance roles over SharePoint (issue 19): the RACI list's reads and writes, and routing by it. */
export * from './roles';
export * from './routeDecisions';
export * from './routeOwnership';
export * from './routeDpia';
export * from './routeAccessReviews';
export * from './routeVerification';
export * from './routeRiskAcceptance';
