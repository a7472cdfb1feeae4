/**
 * Realistic AI systems of an international migration organisation, as classification answers rather than tiers (the
 * engine computes the tier). Adapted from the governance unit's example list (shared vocabularies, copied here).
 */
import type { AIActProfile } from '../../src/core/aiAct/types';
import { emptyAIActProfile } from '../../src/core/aiAct/profile';
import type { AISystemType } from '../../src/core/models/aiSystem';

export interface AISystemTemplate {
  readonly title: string;
  readonly systemType: AISystemType;
  readonly vendors: readonly string[];
  readonly department: string;
  readonly purpose: string;
  readonly profile: AIActProfile;
  /** Relative frequency in the seeded register. */
  readonly weight: number;
}

const p = emptyAIActProfile;

export const AI_SYSTEM_TEMPLATES: readonly AISystemTemplate[] = [
  { title: 'Staff chat assistant', systemType: 'Generative AI assistant', vendors: ['Microsoft', 'OpenAI', 'Anthropic'], department: 'Information and Communications Technology', purpose: 'Drafting, summarising and answering staff questions on internal guidance.', profile: p({ transparencyTriggers: ['interactsWithPersons', 'generatesSyntheticContent'], generalPurposeModel: true }), weight: 6 },
  { title: 'Document translation service', systemType: 'Speech and language processing', vendors: ['DeepL', 'Microsoft', 'Google'], department: 'Media and Communications', purpose: 'Translating reports and correspondence between official languages.', profile: p({ generalPurposeModel: true }), weight: 5 },
  { title: 'Travel document OCR and verification', systemType: 'Computer vision', vendors: ['ABBYY', 'Regula', 'In-house'], department: 'Immigration and Border Governance', purpose: 'Reading passports and checking their security features before issuing travel letters.', profile: p({ publicBody: true }), weight: 4 },
  { title: 'Irregular-migration risk scoring at border crossings', systemType: 'Decision support / scoring', vendors: ['In-house', 'Idemia'], department: 'Immigration and Border Governance', purpose: 'Flagging arriving travellers for secondary screening on assessed irregular-migration risk.', profile: p({ annexIIIUses: ['7b'], profilesNaturalPersons: true, publicBody: true }), weight: 3 },
  { title: 'Resettlement case prioritisation assistant', systemType: 'Decision support / scoring', vendors: ['In-house'], department: 'Resettlement and Movement Management', purpose: 'Ranking resettlement and visa files for caseworkers by likely eligibility.', profile: p({ annexIIIUses: ['7c'], profilesNaturalPersons: true, publicBody: true }), weight: 3 },
  { title: 'Biometric registration and de-duplication', systemType: 'Biometric system', vendors: ['Idemia', 'Thales', 'Simprints'], department: 'Immigration and Border Governance', purpose: 'Enrolling fingerprints and faces of beneficiaries and finding duplicate registrations.', profile: p({ annexIIIUses: ['1a', '7d'], publicBody: true }), weight: 3 },
  { title: 'Cash assistance eligibility scoring', systemType: 'Decision support / scoring', vendors: ['In-house', 'Palantir'], department: 'Operations and Emergencies', purpose: 'Scoring households\' vulnerability to decide who receives cash-based assistance.', profile: p({ annexIIIUses: ['5a'], profilesNaturalPersons: true, publicBody: true }), weight: 3 },
  { title: 'CV screening for recruitment', systemType: 'Machine learning model', vendors: ['Workday', 'HireVue', 'SAP SuccessFactors'], department: 'Human Resources', purpose: 'Shortlisting job applicants for vacancies.', profile: p({ annexIIIUses: ['4a'], profilesNaturalPersons: true }), weight: 2 },
  { title: 'Displacement forecasting model', systemType: 'Machine learning model', vendors: ['In-house'], department: 'Data and Analytics (incl. Displacement Tracking)', purpose: 'Forecasting displacement flows for planning and pre-positioning.', profile: p({ role: 'provider' }), weight: 4 },
  { title: 'Beneficiary hotline chatbot', systemType: 'Generative AI assistant', vendors: ['Microsoft', 'Rasa', 'OpenAI'], department: 'Protection', purpose: 'Answering migrants\' questions on services by chat and messaging apps.', profile: p({ transparencyTriggers: ['interactsWithPersons', 'generatesSyntheticContent'], generalPurposeModel: true, publicBody: true }), weight: 4 },
  { title: 'Social media sentiment monitoring', systemType: 'Speech and language processing', vendors: ['Talkwalker', 'Meltwater'], department: 'Media and Communications', purpose: 'Tracking public sentiment on migration topics for communication planning.', profile: p({ generalPurposeModel: true }), weight: 2 },
  { title: 'Meeting transcription and summaries', systemType: 'Speech and language processing', vendors: ['Microsoft', 'Otter.ai'], department: 'Information and Communications Technology', purpose: 'Transcribing meetings and drafting minutes.', profile: p({ transparencyTriggers: ['generatesSyntheticContent'], generalPurposeModel: true }), weight: 4 },
  { title: 'Asylum interview credibility analyser', systemType: 'Speech and language processing', vendors: ['Vendor pilot'], department: 'Protection', purpose: 'Analysing voice and wording in interviews to judge credibility.', profile: p({ annexIIIUses: ['7a', '1c'], profilesNaturalPersons: true, publicBody: true, transparencyTriggers: ['emotionRecognitionOrBiometricCategorisation'] }), weight: 1 },
  { title: 'Arrival health risk triage', systemType: 'Decision support / scoring', vendors: ['In-house'], department: 'Migration Health', purpose: 'Flagging arriving migrants for health assessment.', profile: p({ annexIIIUses: ['7b'], profilesNaturalPersons: true, publicBody: true }), weight: 2 },
  { title: 'Call-centre staff emotion analytics', systemType: 'Speech and language processing', vendors: ['Vendor pilot'], department: 'Operations and Emergencies', purpose: 'Detecting stress and emotions of hotline staff during calls.', profile: p({ prohibitedPractices: ['emotionRecognitionWorkEducation'], transparencyTriggers: ['emotionRecognitionOrBiometricCategorisation'] }), weight: 1 },
  { title: 'Application document sorter', systemType: 'Rules-based automation', vendors: ['In-house', 'UiPath'], department: 'Resettlement and Movement Management', purpose: 'Sorting incoming visa application documents into case folders by type and language.', profile: p({ annexIIIUses: ['7c'], derogations: ['narrowProceduralTask'], publicBody: true }), weight: 2 },
  { title: 'Procurement invoice extraction', systemType: 'Computer vision', vendors: ['ABBYY', 'Microsoft'], department: 'Procurement and Supply', purpose: 'Extracting invoice fields for payment processing.', profile: p(), weight: 3 },
  { title: 'Campaign image generator', systemType: 'Generative AI assistant', vendors: ['Adobe', 'OpenAI'], department: 'Media and Communications', purpose: 'Generating illustrations for awareness campaigns.', profile: p({ transparencyTriggers: ['generatesSyntheticContent', 'deepFake'], generalPurposeModel: true }), weight: 2 },
  { title: 'Staff performance analytics', systemType: 'Machine learning model', vendors: ['Workday'], department: 'Human Resources', purpose: 'Evaluating staff performance from activity data.', profile: p({ annexIIIUses: ['4b'], profilesNaturalPersons: true }), weight: 1 },
  { title: 'Counter-trafficking case pattern detection', systemType: 'Machine learning model', vendors: ['In-house'], department: 'Protection', purpose: 'Finding patterns across anonymised trafficking cases for prevention programmes.', profile: p({ role: 'both' }), weight: 2 }
];
