/**
 * Public API of the suite's pure domain core: models, list schema, validation, Data Health Score, risk maths and
 * reference data. Imports nothing from SPFx, PnPjs, Graph or React (a unit test enforces it), so the web parts, the
 * data layer and the Node workbench all share it.
 */
export * from './errors';
export * from './models';
export * from './schema';
export * from './validation';
export * from './scoring';
export * from './risk';
export * from './reference';
export * from './aiAct';
export * from './scorecard';
export * from './ownership';
export * from './labels';
export * from './aiRegistry';
export * from './assessments';
export * from './usage';
