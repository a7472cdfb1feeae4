/**
 * Graph client seam: the requester interface, the SPFx factory, batching and error normalising. The workbench's
 * factory (`./createNodeGraph`) is imported by path only, so a web part bundle never pulls in the client library
 * (SPFx provides it through MSGraphClientV3).
 */
export type { GraphBatchRequest, GraphBatchResponse, GraphCallOptions, GraphRequester } from './types';
export { MAX_BATCH_REQUESTS } from './types';
export { createClientRequester, type GraphApiClient } from './clientRequester';
export { createSpfxGraphRequester, type MsGraphClientFactoryLike } from './createSpfxGraph';
export { lazyRequester } from './lazyRequester';
export { runBatched, type BatchProgress, type BatchRunOptions, type BatchRunResult } from './batching';
export { cancelledError, graphStatusError, isCancelledError, toGraphGovernanceError } from './graphErrors';
