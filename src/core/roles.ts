/**
 * The SharePoint group whose members are governance leads, by default (web parts may name another in their property
 * pane). Site owners manage it like any group; the suite decides nothing from a job title or a field on a record.
 */
export const GOVERNANCE_LEADS_GROUP = 'Governance Leads';

/**
 * The SharePoint group whose members are the organisation's data protection officers: only their opinion on a DPIA
 * counts (GDPR Art. 35(2), Art. 39(1)(c)).
 */
export const DATA_PROTECTION_OFFICERS_GROUP = 'Data Protection Officers';
