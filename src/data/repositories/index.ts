export * from './types';
export { ListRepository, type RepositoryOptions } from './ListRepository';
export { createRepositories, type ListDomains, type Repositories } from './createRepositories';
export { MAX_BATCH_SIZE } from './batch';
