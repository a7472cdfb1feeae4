export { ensureSchema, type EnsureSchemaOptions, type ProvisioningAction, type ProvisioningReport } from './ensureSchema';
export { DECISION_CONTRIBUTOR_ROLE, ensurePermissions } from './permissions';
export { fieldSchemaXml, escapeXml } from './fieldSchemaXml';
