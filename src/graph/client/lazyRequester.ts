import { toGraphGovernanceError } from './graphErrors';
import type { GraphRequester } from './types';

/**
 * A requester built on first use: SPFx hands out its Graph client asynchronously, while web parts build their
 * services synchronously in onInit. A failed build is forgotten, so the next call tries again; its error is a
 * GovernanceError like every other Graph failure.
 */
export function lazyRequester(build: () => Promise<GraphRequester>): GraphRequester {
  let ready: Promise<GraphRequester> | undefined;
  const requester = (): Promise<GraphRequester> => {
    if (ready === undefined) {
      ready = build().catch((error: unknown) => {
        ready = undefined;
        throw toGraphGovernanceError(error);
      });
    }
    return ready;
  };
  return {
    get: async (path, options) => (await requester()).get(path, options),
    getBlob: async (path, options) => (await requester()).getBlob(path, options),
    post: async (path, body, options) => (await requester()).post(path, body, options),
    batch: async (requests, options) => (await requester()).batch(requests, options)
  };
}
