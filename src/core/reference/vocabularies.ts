/**
 * Controlled vocabularies of the governance unit (copied from its vocabularies.json so nothing reads shared files at
 * run time): schema choices, form suggestions and realistic demo data. Sensitivity ranks mirror
 * DEFAULT_SENSITIVITY_LEVELS; GovernanceSettings may replace the taxonomy with the tenant's Purview labels.
 */
import type { AITransparencyTrigger } from '../models/aiSystem';

/** Departments (free text in the lists; these are the suggestions and the seed). */
export const DEPARTMENTS = [
  'Operations and Emergencies',
  'Programme Support and Migration Management',
  'Peace and Development Coordination',
  'Protection',
  'Migration Health',
  'Resettlement and Movement Management',
  'Immigration and Border Governance',
  'Labour Mobility and Social Inclusion',
  'Data and Analytics (incl. Displacement Tracking)',
  'Finance',
  'Human Resources',
  'Procurement and Supply',
  'Information and Communications Technology',
  'Legal Affairs',
  'Internal Oversight',
  'Media and Communications',
  'Resource Mobilization'
] as const;

/** Data domains. */
export const DOMAINS = [
  'Displacement tracking',
  'Migrant protection and assistance',
  'Counter-trafficking',
  'Migration health assessments',
  'Resettlement and movement',
  'Border and identity management',
  'Labour mobility',
  'Camp coordination and shelter',
  'Cash-based interventions',
  'Return and reintegration',
  'Diaspora engagement',
  'Programme and project management',
  'Finance',
  'Human resources',
  'Procurement',
  'Information technology',
  'Communications',
  'Research and evidence'
] as const;

/** Where data is stored. */
export const STORAGE_SYSTEMS = [
  'SharePoint Online',
  'OneDrive',
  'Microsoft Teams',
  'Power BI',
  'Azure SQL Database',
  'On-premises SQL Server',
  'ERP (finance and HR)',
  'Project management system',
  'Migrant case management system',
  'Border management information system',
  'Displacement tracking platform',
  'Kobo Toolbox',
  'ActivityInfo',
  'Partner-hosted system',
  'Paper archive'
] as const;

/** A level of the default sensitivity taxonomy and the Purview label a tenant typically maps to it. */
export interface SensitivityLevelReference {
  readonly name: string;
  /** 0 = least sensitive; compared with a Purview label's mapped rank to find under-labelled assets. */
  readonly rank: number;
  readonly purviewExample: string;
}

/** The default sensitivity taxonomy with ranks, lowest first. */
export const SENSITIVITY_LEVELS: readonly SensitivityLevelReference[] = [
  { name: 'Public', rank: 0, purviewExample: 'Public' },
  { name: 'Internal', rank: 1, purviewExample: 'General' },
  { name: 'Confidential', rank: 2, purviewExample: 'Confidential' },
  { name: 'Highly Confidential', rank: 3, purviewExample: 'Highly Confidential' }
];

/** Categories of personal data (DataAssets.PersonalDataCategories choices). */
export const PERSONAL_DATA_CATEGORIES = [
  'Identity and civil documents',
  'Contact details',
  'Biometric data',
  'Health data',
  'Migration and legal status',
  'Location and movement',
  'Family composition',
  'Protection and vulnerability information',
  'Financial data',
  'Employment and education',
  'Children\'s data',
  'Ethnicity, religion or political opinion'
] as const;
export type PersonalDataCategory = (typeof PERSONAL_DATA_CATEGORIES)[number];

/** Whose data an asset holds (DataAssets.DataSubjects choices). */
export const DATA_SUBJECTS = [
  'Migrants',
  'Internally displaced persons',
  'Refugees',
  'Returnees',
  'Victims of trafficking',
  'Host communities',
  'Staff',
  'Partners and vendors',
  'Donors'
] as const;
export type DataSubject = (typeof DATA_SUBJECTS)[number];

/** Legal bases for processing personal data (suggestions for the free-text LegalBasis). */
export const LEGAL_BASES = [
  'Consent',
  'Vital interest of the data subject',
  'Performance of the organisation\'s mandate',
  'Legal obligation',
  'Contract',
  'Legitimate interest'
] as const;

/** A typical AI system with the answers its classification usually gets: demo data and classifier test cases. */
export interface AISystemExample {
  readonly title: string;
  /** Annex III points such as "7b" (area number + sub-point letter). */
  readonly annexIII: readonly string[];
  readonly transparency: readonly AITransparencyTrigger[];
  /** Built on a general-purpose AI model. */
  readonly gpai: boolean;
}

/** Example AI systems of a migration-focused organisation. */
export const AI_SYSTEM_EXAMPLES: readonly AISystemExample[] = [
  { title: 'Staff chat assistant (generative AI)', annexIII: [], transparency: ['interactsWithPersons', 'generatesSyntheticContent'], gpai: true },
  { title: 'Document translation service', annexIII: [], transparency: [], gpai: true },
  { title: 'Travel document OCR and verification', annexIII: [], transparency: [], gpai: false },
  { title: 'Irregular-migration risk scoring at border crossings', annexIII: ['7b'], transparency: [], gpai: false },
  { title: 'Resettlement case prioritisation assistant', annexIII: ['7c'], transparency: [], gpai: false },
  { title: 'Biometric registration and de-duplication', annexIII: ['1a', '7d'], transparency: [], gpai: false },
  { title: 'Cash assistance eligibility scoring', annexIII: ['5a'], transparency: [], gpai: false },
  { title: 'CV screening for recruitment', annexIII: ['4a'], transparency: [], gpai: false },
  { title: 'Displacement forecasting model', annexIII: [], transparency: [], gpai: false },
  { title: 'Beneficiary hotline chatbot', annexIII: [], transparency: ['interactsWithPersons'], gpai: true },
  { title: 'Social media sentiment monitoring', annexIII: [], transparency: [], gpai: true },
  { title: 'Meeting transcription and summaries', annexIII: [], transparency: ['generatesSyntheticContent'], gpai: true }
];
