/**
 * Reference catalogues of the EU AI Act questions, as data for the classification wizard and the result screen.
 * The English text is reference wording only: the UI localises by id. `citation` is exactly the ground string the
 * engine emits, so the result screen can look a ground up here to explain it.
 */
import type { AnnexIIIUse, Derogation, ProhibitedPractice, TransparencyTrigger } from './types';

/** Sub-point letter of an article or annex point. */
export type AIActPointLetter = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h';

/** One Art. 5(1) prohibited practice. */
export interface ProhibitedPracticeInfo {
  readonly id: ProhibitedPractice;
  readonly point: AIActPointLetter;
  /** Ground string, e.g. "Art. 5(1)(c)". */
  readonly citation: string;
  readonly description: string;
}

/** Art. 5(1)(a)-(h), in point order (the order grounds are cited in). */
export const PROHIBITED_PRACTICES: readonly ProhibitedPracticeInfo[] = [
  { id: 'manipulation', point: 'a', citation: 'Art. 5(1)(a)', description: 'Subliminal, purposefully manipulative or deceptive techniques that materially distort behaviour and cause significant harm.' },
  { id: 'exploitingVulnerabilities', point: 'b', citation: 'Art. 5(1)(b)', description: 'Exploiting vulnerabilities due to age, disability or a specific social or economic situation to distort behaviour and cause significant harm.' },
  { id: 'socialScoring', point: 'c', citation: 'Art. 5(1)(c)', description: 'Social scoring: rating people over time on social behaviour or personal traits, leading to unjustified or unrelated detrimental treatment.' },
  { id: 'crimePredictionByProfiling', point: 'd', citation: 'Art. 5(1)(d)', description: 'Predicting that a person will commit a crime based solely on profiling or on personality traits.' },
  { id: 'untargetedFacialScraping', point: 'e', citation: 'Art. 5(1)(e)', description: 'Creating or expanding facial recognition databases by untargeted scraping of facial images from the internet or CCTV.' },
  { id: 'emotionRecognitionWorkEducation', point: 'f', citation: 'Art. 5(1)(f)', description: 'Inferring emotions of people at the workplace or in education, except for medical or safety reasons.' },
  { id: 'biometricCategorisationSensitive', point: 'g', citation: 'Art. 5(1)(g)', description: 'Biometric categorisation to infer race, political opinions, trade union membership, religious or philosophical beliefs, sex life or sexual orientation.' },
  { id: 'realTimeRemoteBiometricIdLawEnforcement', point: 'h', citation: 'Art. 5(1)(h)', description: 'Real-time remote biometric identification in publicly accessible spaces for law enforcement, outside the narrow exceptions.' }
];

/** One Annex III high-risk use. */
export interface AnnexIIIUseInfo {
  readonly id: AnnexIIIUse;
  /** Annex III area number, 1-8. */
  readonly area: number;
  readonly areaName: string;
  /** Sub-point letter; absent for area 2, which has none. */
  readonly point?: AIActPointLetter;
  /** Ground string, e.g. "Annex III 7(b)" or "Annex III 2". */
  readonly citation: string;
  readonly description: string;
}

const BIOMETRICS = 'Biometrics';
const EDUCATION = 'Education and vocational training';
const EMPLOYMENT = 'Employment, workers management and access to self-employment';
const ESSENTIAL_SERVICES = 'Access to essential private services and essential public services and benefits';
const LAW_ENFORCEMENT = 'Law enforcement';
const MIGRATION = 'Migration, asylum and border control management';
const JUSTICE = 'Administration of justice and democratic processes';

/** Annex III points 1(a) to 8(b), in annex order (the order grounds are cited in). */
export const ANNEX_III_USES: readonly AnnexIIIUseInfo[] = [
  { id: '1a', area: 1, areaName: BIOMETRICS, point: 'a', citation: 'Annex III 1(a)', description: 'Remote biometric identification (not verification that only confirms a person is who they claim to be).' },
  { id: '1b', area: 1, areaName: BIOMETRICS, point: 'b', citation: 'Annex III 1(b)', description: 'Biometric categorisation by sensitive or protected attributes inferred from biometric data.' },
  { id: '1c', area: 1, areaName: BIOMETRICS, point: 'c', citation: 'Annex III 1(c)', description: 'Emotion recognition.' },
  { id: '2', area: 2, areaName: 'Critical infrastructure', citation: 'Annex III 2', description: 'Safety component in managing or operating critical digital infrastructure, road traffic, or the supply of water, gas, heating or electricity.' },
  { id: '3a', area: 3, areaName: EDUCATION, point: 'a', citation: 'Annex III 3(a)', description: 'Deciding access or admission to, or assigning people to, education and vocational training institutions.' },
  { id: '3b', area: 3, areaName: EDUCATION, point: 'b', citation: 'Annex III 3(b)', description: 'Evaluating learning outcomes, including to steer the learning process.' },
  { id: '3c', area: 3, areaName: EDUCATION, point: 'c', citation: 'Annex III 3(c)', description: 'Assessing the level of education a person will receive or be able to access.' },
  { id: '3d', area: 3, areaName: EDUCATION, point: 'd', citation: 'Annex III 3(d)', description: 'Monitoring and detecting prohibited behaviour of students during tests.' },
  { id: '4a', area: 4, areaName: EMPLOYMENT, point: 'a', citation: 'Annex III 4(a)', description: 'Recruitment or selection: targeted job adverts, analysing and filtering applications, evaluating candidates.' },
  { id: '4b', area: 4, areaName: EMPLOYMENT, point: 'b', citation: 'Annex III 4(b)', description: 'Decisions on work terms, promotion or termination, allocating tasks on behaviour or traits, monitoring and evaluating staff.' },
  { id: '5a', area: 5, areaName: ESSENTIAL_SERVICES, point: 'a', citation: 'Annex III 5(a)', description: 'By or for public authorities: evaluating eligibility for essential public assistance benefits and services, or granting, reducing, revoking or reclaiming them.' },
  { id: '5b', area: 5, areaName: ESSENTIAL_SERVICES, point: 'b', citation: 'Annex III 5(b)', description: 'Evaluating creditworthiness or establishing a credit score (not fraud detection).' },
  { id: '5c', area: 5, areaName: ESSENTIAL_SERVICES, point: 'c', citation: 'Annex III 5(c)', description: 'Risk assessment and pricing for life and health insurance.' },
  { id: '5d', area: 5, areaName: ESSENTIAL_SERVICES, point: 'd', citation: 'Annex III 5(d)', description: 'Evaluating and classifying emergency calls, dispatching or prioritising emergency first response, emergency patient triage.' },
  { id: '6a', area: 6, areaName: LAW_ENFORCEMENT, point: 'a', citation: 'Annex III 6(a)', description: 'Assessing the risk of a person becoming the victim of a criminal offence.' },
  { id: '6b', area: 6, areaName: LAW_ENFORCEMENT, point: 'b', citation: 'Annex III 6(b)', description: 'Polygraphs or similar tools.' },
  { id: '6c', area: 6, areaName: LAW_ENFORCEMENT, point: 'c', citation: 'Annex III 6(c)', description: 'Evaluating the reliability of evidence in investigating or prosecuting criminal offences.' },
  { id: '6d', area: 6, areaName: LAW_ENFORCEMENT, point: 'd', citation: 'Annex III 6(d)', description: 'Assessing the risk of a person offending or re-offending (not solely on profiling), or assessing personality traits or past criminal behaviour.' },
  { id: '6e', area: 6, areaName: LAW_ENFORCEMENT, point: 'e', citation: 'Annex III 6(e)', description: 'Profiling people in detecting, investigating or prosecuting criminal offences.' },
  { id: '7a', area: 7, areaName: MIGRATION, point: 'a', citation: 'Annex III 7(a)', description: 'By or for competent public authorities: polygraphs or similar tools (e.g. lie or deception detection in interviews).' },
  {
    id: '7b', area: 7, areaName: MIGRATION, point: 'b', citation: 'Annex III 7(b)',
    description: 'By or for competent public authorities: assessing a risk (security risk, risk of irregular migration, or health risk) posed by a person who intends to enter or has entered the territory of a Member State.'
  },
  {
    id: '7c', area: 7, areaName: MIGRATION, point: 'c', citation: 'Annex III 7(c)',
    description: 'Assisting competent public authorities to examine applications for asylum, visas or residence permits, and related complaints, on the eligibility of the applicants, including assessing the reliability of evidence.'
  },
  {
    id: '7d', area: 7, areaName: MIGRATION, point: 'd', citation: 'Annex III 7(d)',
    description: 'In migration, asylum or border control management: detecting, recognising or identifying persons, except verifying travel documents.'
  },
  { id: '8a', area: 8, areaName: JUSTICE, point: 'a', citation: 'Annex III 8(a)', description: 'Assisting a judicial authority (or alternative dispute resolution) in researching and interpreting facts and law and applying the law to facts.' },
  { id: '8b', area: 8, areaName: JUSTICE, point: 'b', citation: 'Annex III 8(b)', description: 'Influencing the outcome of an election or referendum or voting behaviour (not tools that only organise campaigns logistically).' }
];

/** One Art. 6(3) derogation condition. */
export interface DerogationInfo {
  readonly id: Derogation;
  readonly point: AIActPointLetter;
  /** The condition's own point, e.g. "Art. 6(3)(a)"; when applied, the engine cites "Art. 6(3)" as a whole. */
  readonly citation: string;
  readonly description: string;
}

/** Art. 6(3)(a)-(d): an Annex III system meeting one of these is not high-risk, unless it profiles natural persons. */
export const DEROGATIONS: readonly DerogationInfo[] = [
  { id: 'narrowProceduralTask', point: 'a', citation: 'Art. 6(3)(a)', description: 'Performs a narrow procedural task (e.g. turning unstructured data into structured data, sorting documents into categories).' },
  { id: 'improvesCompletedHumanActivity', point: 'b', citation: 'Art. 6(3)(b)', description: 'Improves the result of a previously completed human activity (e.g. polishing the language of a drafted document).' },
  { id: 'detectsPatternsWithoutReplacingHumanAssessment', point: 'c', citation: 'Art. 6(3)(c)', description: 'Detects decision-making patterns or deviations from them, without replacing or influencing the completed human assessment without proper human review.' },
  { id: 'preparatoryTask', point: 'd', citation: 'Art. 6(3)(d)', description: 'Performs a preparatory task to an assessment relevant to an Annex III use (e.g. indexing, searching, translating files).' }
];

/** One Art. 50 transparency trigger. */
export interface TransparencyTriggerInfo {
  readonly id: TransparencyTrigger;
  /** Ground string, e.g. "Art. 50(1)". */
  readonly citation: string;
  readonly description: string;
}

/** Art. 50(1)-(4), in paragraph order (the order grounds are cited in). */
export const TRANSPARENCY_TRIGGERS: readonly TransparencyTriggerInfo[] = [
  { id: 'interactsWithPersons', citation: 'Art. 50(1)', description: 'Interacts directly with people (e.g. a chatbot or voice assistant).' },
  { id: 'generatesSyntheticContent', citation: 'Art. 50(2)', description: 'Generates synthetic audio, image, video or text content.' },
  { id: 'emotionRecognitionOrBiometricCategorisation', citation: 'Art. 50(3)', description: 'Recognises emotions or categorises people using biometric data.' },
  { id: 'deepFake', citation: 'Art. 50(4)', description: 'Generates or manipulates image, audio or video that resembles real people, places or events (a deep fake).' },
  { id: 'publicInterestText', citation: 'Art. 50(4)', description: 'Generates or manipulates text published to inform the public on matters of public interest.' }
];
