import type { SoDException } from '../../models/accessReview';
import type { ListDefinition } from '../types';

/**
 * SoDExceptions: a lead's acceptance of one principal's violation of one rule, with a mitigating control and an
 * expiry. The approver is the Author; the list is add-only, so an exception can be neither edited nor extended.
 */
export const SOD_EXCEPTIONS_LIST: ListDefinition<SoDException> = {
  key: 'sodExceptions',
  title: 'SoDExceptions',
  description: 'Approved exceptions to segregation-of-duties rules, with mitigating control and expiry; added, never edited.',
  majorVersionLimit: 100,
  itemLevelSecurity: { read: 'all', write: 'own' },
  access: 'appendOnly',
  fields: [
    { internalName: 'Title', property: 'title', displayName: 'Title', type: 'Text', required: true, maxLength: 255, builtIn: true, indexed: true, group: 'exception' },
    { internalName: 'Rule', property: 'rule', displayName: 'Rule', type: 'Lookup', lookupList: 'sodRules', required: true, indexed: true, group: 'exception' },
    { internalName: 'PrincipalKey', property: 'principalKey', displayName: 'Principal key', type: 'Text', maxLength: 255, required: true, indexed: true, group: 'exception' },
    { internalName: 'PrincipalName', property: 'principalName', displayName: 'Principal', type: 'Text', maxLength: 255, required: true, group: 'exception' },
    { internalName: 'PrincipalEmail', property: 'principalEmail', displayName: 'Principal e-mail', type: 'Text', maxLength: 255, group: 'exception' },
    { internalName: 'MitigatingControl', property: 'mitigatingControl', displayName: 'Mitigating control', type: 'Note', maxLength: 2000, required: true, group: 'exception' },
    { internalName: 'ExpiresOn', property: 'expiresOn', displayName: 'Expires on', type: 'DateTime', dateOnly: true, required: true, indexed: true, group: 'exception' }
  ]
};
