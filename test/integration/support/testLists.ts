import type { ListDefinition, ListKey } from '../../../src/core/schema/types';

/** Test-only lists use keys outside the suite's `ListKey` set, so no production rule (cross-field checks) applies. */
const testKey = (key: string): ListKey => key as ListKey;

/** A bulk-paging test item. */
export interface PagedItem {
  title: string;
  seq: number;
  /** Indexed, for filtered paging. */
  bucket: string;
  /** Not indexed: filtering on it fails above the list view threshold. */
  colour?: string;
}

/** A plain list for paging, threshold and escaping tests. */
export const PAGED_LIST: ListDefinition<PagedItem> = {
  key: testKey('testPaged'),
  title: 'TestPagedItems',
  description: 'Integration tests: bulk paging.',
  majorVersionLimit: 10,
  fields: [
    { internalName: 'Title', property: 'title', displayName: 'Title', type: 'Text', required: true, maxLength: 255, builtIn: true, indexed: true },
    { internalName: 'Seq', property: 'seq', displayName: 'Sequence', type: 'Number', integer: true, indexed: true, required: true },
    { internalName: 'Bucket', property: 'bucket', displayName: 'Bucket', type: 'Text', maxLength: 50, indexed: true, required: true },
    { internalName: 'Colour', property: 'colour', displayName: 'Colour', type: 'Text', maxLength: 50 }
  ]
};
