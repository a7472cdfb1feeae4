/** Reference data copied from the governance unit's vocabularies and mission list. */
export * from './missions';
export * from './vocabularies';
