/** AI literacy (EU AI Act Art. 4, issue 19 part 4): measures, acknowledgements, coverage and its gaps. */
export * from './model';
export * from './rules';
export * from './validation';
export * from './regionCoverage';
