/**
 * For the reader's Jest tests: the suite's Jest environment is jsdom, whose Blob has no arrayBuffer() and whose
 * globals lack TextDecoder; every browser the web part runs in has both, so Node's are lent to the tests.
 */
import { Blob as NodeBlob } from 'buffer';
import { TextDecoder as NodeTextDecoder } from 'util';

/** Lends Node's TextDecoder for the calling test file (registers beforeAll / afterAll). */
export function lendNodeTextDecoder(): void {
  const globals = globalThis as unknown as { TextDecoder?: unknown };
  const hadDecoder = globals.TextDecoder !== undefined;
  beforeAll(() => {
    if (!hadDecoder) globals.TextDecoder = NodeTextDecoder;
  });
  afterAll(() => {
    if (!hadDecoder) delete globals.TextDecoder;
  });
}

/** A Blob with arrayBuffer(), as browsers have. */
export function nodeBlob(content: Uint8Array | string): Blob {
  return new NodeBlob([content]) as unknown as Blob;
}
