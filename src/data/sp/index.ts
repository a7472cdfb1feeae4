export { createNodeSp, createSpfxSp, WORKBENCH_USER_HEADER, type NodeSpOptions, type SpfxContextLike } from './createSp';
