export { ensureSchema, type ProvisioningAction, type ProvisioningReport } from './ensureSchema';
export { fieldSchemaXml, escapeXml } from './fieldSchemaXml';
