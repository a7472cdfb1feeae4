/** AI usage monitoring (issue 9), the pure part: export layouts, row checks, matching, findings, summary. */
export * from './normalise';
export * from './columns';
export * from './rows';
export * from './match';
export * from './periods';
export * from './findings';
export * from './summary';
