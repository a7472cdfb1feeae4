/**
 * The EU AI Act classification engine (DESIGN section 5): a pure function from questionnaire answers to a tier
 * with its grounds and obligations. Every list is built by walking a catalogue in its fixed order and asking whether
 * the profile ticks the entry, so the output never depends on the order (or repetition) of the answers.
 */
import { ANNEX_III_USES, PROHIBITED_PRACTICES, TRANSPARENCY_TRIGGERS } from './catalogue';
import type { AnnexIIIUseInfo } from './catalogue';
import { AI_ACT_OBLIGATION_IDS } from './obligations';
import type { AIActObligation } from './obligations';
import { derogationApplies, findReviewReasons } from './review';
import type { AIActClassification, AIActProfile, AIActTier, TransparencyTrigger } from './types';

/** Cited when Annex I product legislation makes the system high-risk. */
const ART_6_1 = 'Art. 6(1)';
/** Cited when a derogation takes an Annex III system out of the high-risk tier. */
const ART_6_3 = 'Art. 6(3)';

const TRANSPARENCY_OBLIGATIONS: Readonly<Record<TransparencyTrigger, AIActObligation>> = {
  interactsWithPersons: 'discloseAIInteraction',
  generatesSyntheticContent: 'markSyntheticContent',
  emotionRecognitionOrBiometricCategorisation: 'informExposedPersons',
  deepFake: 'discloseDeepFake',
  publicInterestText: 'disclosePublicInterestText'
};

/** Art. 16 provider duties that apply to every high-risk system (registration depends on the route, see below). */
const HIGH_RISK_PROVIDER: readonly AIActObligation[] = [
  'riskManagement', 'dataGovernance', 'technicalDocumentation', 'recordKeeping', 'transparencyToDeployers',
  'humanOversightDesign', 'accuracyRobustness', 'qualityManagement', 'conformityAssessment', 'postMarketMonitoring'
];

/** Art. 26 deployer duties that apply to every high-risk system. */
const HIGH_RISK_DEPLOYER: readonly AIActObligation[] = ['humanOversight', 'inputData', 'monitorAndReport', 'logs'];

/** GPAI model provider duties, Art. 53(1)(a)-(d). */
const GPAI_PROVIDER: readonly AIActObligation[] = ['gpaiTechnicalDocumentation', 'gpaiDownstreamInformation', 'gpaiCopyrightPolicy', 'gpaiTrainingContentSummary'];

/**
 * Whether Art. 27 requires a fundamental-rights impact assessment: only for Annex III (Art. 6(2)) systems other than
 * critical infrastructure (area 2), and only for public bodies or private providers of public services, or for any
 * deployer of credit scoring (5(b)) or life and health insurance pricing (5(c)).
 */
function needsFria(uses: readonly AnnexIIIUseInfo[], publicBody: boolean): boolean {
  return uses.some((use) => use.id !== '2' && (publicBody || use.id === '5b' || use.id === '5c'));
}

function highRiskObligations(profile: AIActProfile, uses: readonly AnnexIIIUseInfo[]): AIActObligation[] {
  const result: AIActObligation[] = [];
  if (profile.role !== 'deployer') {
    result.push(...HIGH_RISK_PROVIDER);
    // Art. 49(1) registration covers Annex III systems; Annex I products follow their own product legislation.
    if (uses.length > 0) {
      result.push('registration');
    }
  }
  if (profile.role !== 'provider') {
    result.push(...HIGH_RISK_DEPLOYER);
    // Art. 26(11) concerns Annex III systems that decide, or help decide, about people.
    if (uses.length > 0) {
      result.push('informAffectedPersons');
    }
    if (needsFria(uses, profile.publicBody)) {
      result.push('fria');
    }
  }
  return result;
}

/**
 * Classifies an AI system under the EU AI Act. Precedence: any Art. 5 practice makes it prohibited; else an
 * Art. 6(1) product safety component or an Annex III use makes it high-risk, unless Art. 6(3) lifts the Annex III use
 * (a derogation applies and the system does not profile people); else any Art. 50 trigger makes it limited; else
 * minimal. Art. 50 grounds and obligations are listed whatever the tier, and AI literacy (Art. 4) always.
 *
 * Grounds are in legal order: Art. 5(1) points, Art. 6(1), Annex III points (which Art. 6(2) brings in), Art. 6(3),
 * Art. 50 paragraphs. Obligations follow `AI_ACT_OBLIGATION_IDS`. Neither repeats an entry.
 */
export function classifyAISystem(profile: AIActProfile): AIActClassification {
  const practices = new Set(profile.prohibitedPractices);
  const useIds = new Set(profile.annexIIIUses);
  const triggerIds = new Set(profile.transparencyTriggers);

  const prohibited = PROHIBITED_PRACTICES.filter((practice) => practices.has(practice.id));
  const uses = ANNEX_III_USES.filter((use) => useIds.has(use.id));
  const triggers = TRANSPARENCY_TRIGGERS.filter((trigger) => triggerIds.has(trigger.id));

  const grounds: string[] = [];
  const obligations = new Set<AIActObligation>(['aiLiteracy']);
  let tier: AIActTier;

  if (prohibited.length > 0) {
    // The ban supersedes any high-risk route, so only the Art. 5 points explain the tier; citing Annex III here would
    // suggest a compliance path that does not exist.
    tier = 'prohibited';
    grounds.push(...prohibited.map((practice) => practice.citation));
    obligations.add('discontinue');
  } else {
    const lifted = derogationApplies(profile);
    if (profile.annexISafetyComponent) {
      grounds.push(ART_6_1);
    }
    // Annex III points are cited even when lifted, so the result says what Art. 6(3) was applied to.
    grounds.push(...uses.map((use) => use.citation));
    if (lifted) {
      grounds.push(ART_6_3);
      if (profile.role !== 'deployer') {
        obligations.add('documentNonHighRiskAssessment');
      }
    }
    if (profile.annexISafetyComponent || (uses.length > 0 && !lifted)) {
      tier = 'high';
      highRiskObligations(profile, uses).forEach((obligation) => obligations.add(obligation));
    } else {
      tier = triggers.length > 0 ? 'limited' : 'minimal';
    }
  }

  for (const trigger of triggers) {
    // deepFake and publicInterestText share "Art. 50(4)": cite it once.
    if (!grounds.includes(trigger.citation)) {
      grounds.push(trigger.citation);
    }
    obligations.add(TRANSPARENCY_OBLIGATIONS[trigger.id]);
  }

  if (profile.generalPurposeModel) {
    // A provider of the system is taken to provide the model too (role 'both' gets both sides); a deployer needs the
    // model provider's documentation to use the model within its limits.
    if (profile.role !== 'deployer') {
      GPAI_PROVIDER.forEach((obligation) => obligations.add(obligation));
    }
    if (profile.role !== 'provider') {
      obligations.add('gpaiModelProviderInfo');
    }
  }

  return {
    tier,
    grounds,
    obligations: AI_ACT_OBLIGATION_IDS.filter((id) => obligations.has(id)),
    needsReview: findReviewReasons(profile).length > 0
  };
}
