/** People: the directory-backed picker's and persona's types and pure rules. */
export * from './types';
export * from './people';
