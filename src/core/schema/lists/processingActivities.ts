import { DATA_SUBJECTS, PERSONAL_DATA_CATEGORIES } from '../../reference/vocabularies';
import type { ProcessingActivity } from '../../privacy/model';
import { ART9_CONDITIONS, LEGAL_BASES, PROCESSING_ROLES, RETENTION_UNITS, SPECIAL_CATEGORIES, TRANSFER_SAFEGUARDS } from '../../privacy/model';
import type { ListDefinition } from '../types';

/**
 * ProcessingActivities: the records of processing (GDPR Art. 30(1) for controller records, 30(2) for processor
 * records), linked to the inventory's datasets and the AI Registry's systems, with the DPIA screening. Indexed: what
 * the privacy register filters on (role, mission, region, owner, DPIA flag, legal basis) and sorts on (review date).
 * Multi-value lookups cannot be indexed; the "activities of this dataset" query reads a list that stays in the
 * hundreds, well under the 5,000-item threshold.
 */
export const PROCESSING_ACTIVITIES_LIST: ListDefinition<ProcessingActivity> = {
  key: 'processingActivities',
  title: 'ProcessingActivities',
  description: 'Records of processing activities (GDPR Art. 30) with their DPIA screening, linked to datasets and AI systems.',
  majorVersionLimit: 500,
  fields: [
    { internalName: 'Title', property: 'title', displayName: 'Name of the processing', type: 'Text', required: true, maxLength: 255, builtIn: true, indexed: true, group: 'identity' },
    { internalName: 'Role', property: 'role', displayName: 'Role', type: 'Choice', choices: PROCESSING_ROLES, required: true, defaultValue: 'Controller', indexed: true, group: 'identity' },
    { internalName: 'Controller', property: 'controller', displayName: 'Controller (name and contact)', type: 'Note', maxLength: 2000, group: 'parties' },
    { internalName: 'JointControllers', property: 'jointControllers', displayName: 'Joint controllers', type: 'Note', maxLength: 2000, group: 'parties' },
    { internalName: 'DpoContact', property: 'dpoContact', displayName: 'Data protection officer', type: 'Text', maxLength: 255, group: 'parties' },
    { internalName: 'ProcessorControllers', property: 'processorControllers', displayName: 'Controllers on whose behalf', type: 'Note', maxLength: 2000, group: 'parties' },
    { internalName: 'ProcessingCategories', property: 'processingCategories', displayName: 'Categories of processing', type: 'Note', maxLength: 2000, group: 'parties' },
    { internalName: 'Purposes', property: 'purposes', displayName: 'Purposes', type: 'Note', maxLength: 4000, group: 'processing' },
    { internalName: 'DataSubjectCategories', property: 'dataSubjectCategories', displayName: 'Categories of data subjects', type: 'MultiChoice', choices: DATA_SUBJECTS, group: 'processing' },
    { internalName: 'PersonalDataCategories', property: 'personalDataCategories', displayName: 'Categories of personal data', type: 'MultiChoice', choices: PERSONAL_DATA_CATEGORIES, group: 'processing' },
    { internalName: 'SpecialCategories', property: 'specialCategories', displayName: 'Special categories (Art. 9)', type: 'MultiChoice', choices: SPECIAL_CATEGORIES, group: 'processing' },
    { internalName: 'Recipients', property: 'recipients', displayName: 'Categories of recipients', type: 'Note', maxLength: 4000, group: 'processing' },
    { internalName: 'InternationalTransfers', property: 'internationalTransfers', displayName: 'International transfers', type: 'Boolean', defaultValue: false, group: 'transfers' },
    { internalName: 'TransferDestinations', property: 'transferDestinations', displayName: 'Third countries or international organisations', type: 'Note', maxLength: 2000, group: 'transfers' },
    { internalName: 'TransferSafeguard', property: 'transferSafeguard', displayName: 'Transfer safeguard', type: 'Choice', choices: TRANSFER_SAFEGUARDS, group: 'transfers' },
    { internalName: 'RetentionPeriod', property: 'retentionPeriod', displayName: 'Retention period', type: 'Number', integer: true, min: 1, max: 1200, group: 'retention' },
    { internalName: 'RetentionUnit', property: 'retentionUnit', displayName: 'Retention unit', type: 'Choice', choices: RETENTION_UNITS, group: 'retention' },
    { internalName: 'RetentionTrigger', property: 'retentionTrigger', displayName: 'Retention counted from (event)', type: 'Text', maxLength: 255, group: 'retention' },
    { internalName: 'SecurityMeasures', property: 'securityMeasures', displayName: 'Security measures', type: 'Note', required: true, maxLength: 4000, group: 'retention' },
    { internalName: 'LegalBasis', property: 'legalBasis', displayName: 'Legal basis (Art. 6)', type: 'Choice', choices: LEGAL_BASES, indexed: true, group: 'lawfulness' },
    { internalName: 'Art9Condition', property: 'art9Condition', displayName: 'Art. 9(2) condition', type: 'Choice', choices: ART9_CONDITIONS, group: 'lawfulness' },
    { internalName: 'Region', property: 'region', displayName: 'Region', type: 'Text', maxLength: 255, indexed: true, group: 'organisation' },
    { internalName: 'Mission', property: 'mission', displayName: 'Mission', type: 'Text', maxLength: 255, indexed: true, group: 'organisation' },
    { internalName: 'Owner', property: 'owner', displayName: 'Owner', type: 'User', indexed: true, group: 'organisation' },
    { internalName: 'LinkedDataAssets', property: 'linkedDataAssets', displayName: 'Datasets', type: 'LookupMulti', lookupList: 'dataAssets', group: 'links' },
    { internalName: 'LinkedAISystems', property: 'linkedAISystems', displayName: 'AI systems', type: 'LookupMulti', lookupList: 'aiSystems', group: 'links' },
    { internalName: 'ReviewDate', property: 'reviewDate', displayName: 'Next review', type: 'DateTime', dateOnly: true, indexed: true, group: 'organisation' },
    { internalName: 'ScreeningAnswers', property: 'screeningAnswers', displayName: 'DPIA screening answers (JSON)', type: 'Note', maxLength: 4000, group: 'screening' },
    { internalName: 'DpiaRequired', property: 'dpiaRequired', displayName: 'DPIA required', type: 'Boolean', defaultValue: false, indexed: true, computed: true, group: 'screening' },
    { internalName: 'DpiaLink', property: 'dpiaLink', displayName: 'DPIA', type: 'URL', group: 'screening' }
  ]
};
