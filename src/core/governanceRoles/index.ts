/** Governance roles (issue 19): RACI assignments, their checks and the routing of decisions to the Accountable. */
export * from './assignments';
export * from './validation';
export * from './warnings';
export * from './routing';
