import type { DataAsset } from '../../models/dataAsset';
import { ASSET_LIFECYCLES, ASSET_TYPES, DEFAULT_SENSITIVITY_LEVELS, OWNERSHIP_STATUSES } from '../../models/dataAsset';
import { DATA_SUBJECTS, PERSONAL_DATA_CATEGORIES } from '../../reference/vocabularies';
import type { ListDefinition } from '../types';
import { SCORE_BANDS } from '../../scoring/types';
import { ACCESS_FLAGS, LABEL_DRIFTS } from '../../labels/types';

/** DataAssets: the data inventory (DESIGN section 3). */
export const DATA_ASSETS_LIST: ListDefinition<DataAsset> = {
  key: 'dataAssets',
  title: 'DataAssets',
  description: 'Data inventory: every dataset with its owner, custodian, location and sensitivity.',
  majorVersionLimit: 500,
  // The scorecard's delta refresh reads "items modified since" on lists far above the view threshold.
  indexedMetaFields: ['Modified'],
  // Indexed: what a planned query leads with (mission, owner, custodian, external id, title; region, department and
  // domain narrow on smaller lists) or sorts on (the inventory's sortable columns). Choice and Boolean filters
  // (personal data, drift, oversharing, lifecycle, health) never narrow a large list: they follow a narrowing
  // clause or an ID range, which needs no index, so they leave the slots to wave 2 (src/data/query).
  fields: [
    { internalName: 'Title', property: 'title', displayName: 'Title', type: 'Text', required: true, maxLength: 255, builtIn: true, indexed: true, group: 'identity' },
    { internalName: 'Description', property: 'description', displayName: 'Description', type: 'Note', maxLength: 4000, group: 'identity' },
    { internalName: 'AssetType', property: 'assetType', displayName: 'Asset type', type: 'Choice', choices: ASSET_TYPES, indexed: true, group: 'identity' },
    { internalName: 'Domain', property: 'domain', displayName: 'Domain', type: 'Text', maxLength: 255, indexed: true, group: 'identity' },
    { internalName: 'Region', property: 'region', displayName: 'Region', type: 'Text', maxLength: 255, indexed: true, group: 'organisation' },
    { internalName: 'Mission', property: 'mission', displayName: 'Mission', type: 'Text', maxLength: 255, indexed: true, group: 'organisation' },
    { internalName: 'Department', property: 'department', displayName: 'Department', type: 'Text', maxLength: 255, indexed: true, group: 'organisation' },
    { internalName: 'Owner', property: 'owner', displayName: 'Owner', type: 'User', indexed: true, group: 'ownership' },
    { internalName: 'Custodian', property: 'custodian', displayName: 'Custodian', type: 'User', indexed: true, group: 'ownership' },
    { internalName: 'LocationUrl', property: 'locationUrl', displayName: 'Location', type: 'URL', group: 'location' },
    { internalName: 'StorageSystem', property: 'storageSystem', displayName: 'Storage system', type: 'Text', maxLength: 255, group: 'location' },
    { internalName: 'DeclaredSensitivity', property: 'declaredSensitivity', displayName: 'Declared sensitivity', type: 'Choice', choices: DEFAULT_SENSITIVITY_LEVELS, indexed: true, group: 'sensitivity' },
    { internalName: 'ContainsPersonalData', property: 'containsPersonalData', displayName: 'Contains personal data', type: 'Boolean', defaultValue: false, group: 'sensitivity' },
    { internalName: 'PersonalDataCategories', property: 'personalDataCategories', displayName: 'Personal data categories', type: 'MultiChoice', choices: PERSONAL_DATA_CATEGORIES, group: 'sensitivity' },
    { internalName: 'DataSubjects', property: 'dataSubjects', displayName: 'Data subjects', type: 'MultiChoice', choices: DATA_SUBJECTS, group: 'sensitivity' },
    { internalName: 'LegalBasis', property: 'legalBasis', displayName: 'Legal basis', type: 'Text', maxLength: 255, group: 'sensitivity' },
    { internalName: 'RetentionPeriod', property: 'retentionPeriod', displayName: 'Retention period', type: 'Text', maxLength: 255, group: 'lifecycle' },
    { internalName: 'LastReviewed', property: 'lastReviewed', displayName: 'Last reviewed', type: 'DateTime', dateOnly: true, indexed: true, group: 'lifecycle' },
    { internalName: 'ReviewCycleMonths', property: 'reviewCycleMonths', displayName: 'Review cycle (months)', type: 'Number', integer: true, min: 1, max: 60, defaultValue: 12, group: 'lifecycle' },
    { internalName: 'OwnershipStatus', property: 'ownershipStatus', displayName: 'Ownership status', type: 'Choice', choices: OWNERSHIP_STATUSES, defaultValue: 'Unassigned', indexed: true, computed: true, group: 'ownership' },
    { internalName: 'PurviewLabelId', property: 'purviewLabelId', displayName: 'Purview label id', type: 'Text', maxLength: 64, computed: true, group: 'sensitivity' },
    { internalName: 'PurviewLabelName', property: 'purviewLabelName', displayName: 'Purview label', type: 'Text', maxLength: 255, computed: true, group: 'sensitivity' },
    { internalName: 'LabelCheckedOn', property: 'labelCheckedOn', displayName: 'Label checked on', type: 'DateTime', computed: true, group: 'sensitivity' },
    // Derived from the cached label and the declared level on every save, for the inventory's drift filter.
    { internalName: 'LabelDrift', property: 'labelDrift', displayName: 'Label drift', type: 'Choice', choices: LABEL_DRIFTS, computed: true, group: 'sensitivity' },
    { internalName: 'AccessFlags', property: 'accessFlags', displayName: 'Sharing found', type: 'MultiChoice', choices: ACCESS_FLAGS, computed: true, group: 'sensitivity' },
    { internalName: 'Overshared', property: 'overshared', displayName: 'Overshared', type: 'Boolean', defaultValue: false, computed: true, group: 'sensitivity' },
    { internalName: 'Lifecycle', property: 'lifecycle', displayName: 'Lifecycle', type: 'Choice', choices: ASSET_LIFECYCLES, defaultValue: 'Active', group: 'lifecycle' },
    { internalName: 'ExternalId', property: 'externalId', displayName: 'External ID', type: 'Text', maxLength: 100, indexed: true, group: 'identity' },
    { internalName: 'HealthScore', property: 'healthScore', displayName: 'Health score', type: 'Number', min: 0, max: 100, computed: true, indexed: true, group: 'health' },
    { internalName: 'HealthBand', property: 'healthBand', displayName: 'Health band', type: 'Choice', choices: SCORE_BANDS, computed: true, group: 'health' }
  ]
};
