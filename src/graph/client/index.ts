/** Graph client seam: the requester interface, its two factories, batching and error normalising. */
export type { GraphBatchRequest, GraphBatchResponse, GraphCallOptions, GraphRequester } from './types';
export { MAX_BATCH_REQUESTS } from './types';
export { createClientRequester, type GraphApiClient } from './clientRequester';
export { createSpfxGraphRequester, type MsGraphClientFactoryLike } from './createSpfxGraph';
export { createNodeGraphRequester, type NodeGraphOptions } from './createNodeGraph';
export { runBatched, type BatchProgress, type BatchRunOptions, type BatchRunResult } from './batching';
export { cancelledError, graphStatusError, isCancelledError, toGraphGovernanceError } from './graphErrors';
