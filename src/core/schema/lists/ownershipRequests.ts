import type { OwnershipRequest } from '../../models/ownershipRequest';
import { OWNERSHIP_REQUEST_KINDS, OWNERSHIP_REQUEST_STATUSES } from '../../models/ownershipRequest';
import type { ListDefinition } from '../types';

/** OwnershipRequests: custodian nominations and re-attestations (DESIGN section 6). */
export const OWNERSHIP_REQUESTS_LIST: ListDefinition<OwnershipRequest> = {
  key: 'ownershipRequests',
  title: 'OwnershipRequests',
  description: 'Nominations of data custodians and yearly re-attestations, each awaiting the nominee\'s decision.',
  majorVersionLimit: 100,
  // Only a request's author may edit it: otherwise anyone could rename the nominee to themselves and approve.
  itemLevelSecurity: { read: 'all', write: 'own' },
  access: 'appendOnly',
  fields: [
    { internalName: 'Title', property: 'title', displayName: 'Title', type: 'Text', required: true, maxLength: 255, builtIn: true, indexed: true, group: 'identity' },
    { internalName: 'Asset', property: 'asset', displayName: 'Asset', type: 'Lookup', lookupList: 'dataAssets', required: true, indexed: true, group: 'identity' },
    // The custodian's queue filters on Nominee; the requester's "my nominations" view on Requester.
    { internalName: 'Nominee', property: 'nominee', displayName: 'Nominee', type: 'User', required: true, indexed: true, group: 'ownership' },
    { internalName: 'Requester', property: 'requester', displayName: 'Requester', type: 'User', required: true, indexed: true, group: 'ownership' },
    { internalName: 'DueDate', property: 'dueDate', displayName: 'Due date', type: 'DateTime', dateOnly: true, indexed: true, group: 'ownership' },
    { internalName: 'Message', property: 'message', displayName: 'Message', type: 'Note', maxLength: 2000, group: 'ownership' },
    { internalName: 'Kind', property: 'kind', displayName: 'Kind', type: 'Choice', choices: OWNERSHIP_REQUEST_KINDS, required: true, defaultValue: 'Nomination', indexed: true, group: 'ownership' },
    { internalName: 'Status', property: 'status', displayName: 'Status', type: 'Choice', choices: OWNERSHIP_REQUEST_STATUSES, required: true, defaultValue: 'Pending', indexed: true, computed: true, group: 'ownership' }
  ]
};
