/**
 * Catalogue of the obligations a classification can list. The order of this catalogue is the order obligations
 * appear in every result (article order), so results are deterministic and diff cleanly when stored.
 */

/** Obligation ids, in catalogue (article) order. Stable: stored results and UI string keys use them. */
export const AI_ACT_OBLIGATION_IDS = [
  'aiLiteracy',
  'discontinue',
  'documentNonHighRiskAssessment',
  // High-risk provider (Art. 16 lists these duties).
  'riskManagement',
  'dataGovernance',
  'technicalDocumentation',
  'recordKeeping',
  'transparencyToDeployers',
  'humanOversightDesign',
  'accuracyRobustness',
  'qualityManagement',
  'conformityAssessment',
  'registration',
  'postMarketMonitoring',
  // High-risk deployer (Art. 26 and 27).
  'humanOversight',
  'inputData',
  'monitorAndReport',
  'logs',
  'informAffectedPersons',
  'fria',
  // Transparency (Art. 50), whatever the tier.
  'discloseAIInteraction',
  'markSyntheticContent',
  'informExposedPersons',
  'discloseDeepFake',
  'disclosePublicInterestText',
  // General-purpose AI models (Art. 53).
  'gpaiTechnicalDocumentation',
  'gpaiDownstreamInformation',
  'gpaiModelProviderInfo',
  'gpaiCopyrightPolicy',
  'gpaiTrainingContentSummary'
] as const;
/** Stable id of an obligation that follows from a classification. */
export type AIActObligation = (typeof AI_ACT_OBLIGATION_IDS)[number];

/** One obligation with its legal basis and reference English label. */
export interface AIActObligationInfo {
  readonly id: AIActObligation;
  /** Legal basis, e.g. "Art. 26(6)". */
  readonly citation: string;
  readonly label: string;
}

const LABELS: Readonly<Record<AIActObligation, readonly [citation: string, label: string]>> = {
  aiLiteracy: ['Art. 4', 'Ensure sufficient AI literacy of the staff who operate or use the system'],
  discontinue: ['Art. 5', 'Stop, or do not start, using the system: the practice is prohibited'],
  documentNonHighRiskAssessment: ['Art. 6(4)', 'Document the assessment that the Annex III system is not high-risk and register it (Art. 49(2)) before placing it on the market'],
  riskManagement: ['Art. 9', 'Run a risk management system across the lifecycle'],
  dataGovernance: ['Art. 10', 'Apply data governance to training, validation and testing data'],
  technicalDocumentation: ['Art. 11', 'Draw up and keep the technical documentation'],
  recordKeeping: ['Art. 12', 'Design the system to log events automatically'],
  transparencyToDeployers: ['Art. 13', 'Give deployers instructions for use and transparent information'],
  humanOversightDesign: ['Art. 14', 'Design the system so that people can oversee it effectively'],
  accuracyRobustness: ['Art. 15', 'Achieve appropriate accuracy, robustness and cybersecurity'],
  qualityManagement: ['Art. 17', 'Put a quality management system in place'],
  conformityAssessment: ['Art. 43', 'Complete the conformity assessment before placing on the market or putting into service'],
  registration: ['Art. 49', 'Register the system in the EU database (critical infrastructure, Annex III 2: at national level)'],
  postMarketMonitoring: ['Art. 72', 'Monitor the system after placing it on the market and report serious incidents (Art. 73)'],
  humanOversight: ['Art. 26(2)', 'Assign human oversight to competent, trained people with the authority to act'],
  inputData: ['Art. 26(4)', 'Ensure the input data under your control is relevant and sufficiently representative'],
  monitorAndReport: ['Art. 26(5)', 'Monitor operation, inform the provider of risks and report serious incidents'],
  logs: ['Art. 26(6)', 'Keep the automatically generated logs under your control for at least six months'],
  informAffectedPersons: ['Art. 26(11)', 'Inform the people subject to decisions the system makes or assists'],
  fria: ['Art. 27', 'Carry out a fundamental-rights impact assessment before first use'],
  discloseAIInteraction: ['Art. 50(1)', 'Tell people they are interacting with an AI system (provider designs it, deployer keeps it visible)'],
  markSyntheticContent: ['Art. 50(2)', 'Ensure generated content is marked machine-readably and detectable as AI-generated'],
  informExposedPersons: ['Art. 50(3)', 'Inform the people exposed to emotion recognition or biometric categorisation'],
  discloseDeepFake: ['Art. 50(4)', 'Disclose that image, audio or video content is artificially generated or manipulated'],
  disclosePublicInterestText: ['Art. 50(4)', 'Disclose that text published on matters of public interest is AI-generated, unless a person reviews it and takes editorial responsibility'],
  gpaiTechnicalDocumentation: ['Art. 53(1)(a)', 'Draw up and keep the technical documentation of the general-purpose AI model'],
  gpaiDownstreamInformation: ['Art. 53(1)(b)', 'Give downstream providers the information and documentation on the model'],
  gpaiModelProviderInfo: ['Art. 53(1)(b)', 'Obtain and keep the general-purpose AI model provider\'s documentation'],
  gpaiCopyrightPolicy: ['Art. 53(1)(c)', 'Put in place a policy to comply with EU copyright law'],
  gpaiTrainingContentSummary: ['Art. 53(1)(d)', 'Publish a sufficiently detailed summary of the content used for training']
};

/** Every obligation with its legal basis and reference English label, in catalogue order. */
export const AI_ACT_OBLIGATIONS: readonly AIActObligationInfo[] = AI_ACT_OBLIGATION_IDS.map((id) => ({
  id,
  citation: LABELS[id][0],
  label: LABELS[id][1]
}));
