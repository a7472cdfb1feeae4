/** Bulk import and export of inventory records: the pure part (no file formats, no network). */
export * from './types';
export * from './limits';
export * from './columns';
export * from './cells';
export * from './dates';
export * from './keys';
export * from './rows';
export * from './plan';
export * from './report';
export * from './custodians';
export * from './exampleRow';
