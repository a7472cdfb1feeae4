/**
 * The framework crosswalk's shapes (issue 18, part 3): controls of the AI governance frameworks the suite knows, the
 * mappings between them, and the evidence recorded against a control. Pure data, no imports: the schema reuses it.
 */

/** The frameworks, in the order the UI lists them. Stable: stored control keys start with these ids. */
export const FRAMEWORK_IDS = ['euAiAct', 'nistAiRmf', 'iso42001', 'oecd'] as const;
/** A framework of the crosswalk. */
export type FrameworkId = (typeof FRAMEWORK_IDS)[number];

/** The framework names as stored in the FrameworkControls list's Framework column (the publications' own names). */
export const FRAMEWORK_NAMES: Readonly<Record<FrameworkId, string>> = {
  euAiAct: 'EU AI Act',
  nistAiRmf: 'NIST AI RMF 1.0',
  iso42001: 'ISO/IEC 42001:2023 Annex A',
  oecd: 'OECD AI Principles'
};

/** The stored framework names, in framework order (the list's choices). */
export const FRAMEWORK_CHOICES: readonly string[] = FRAMEWORK_IDS.map((id) => FRAMEWORK_NAMES[id]);

/**
 * How far two controls overlap. `equivalent`: evidence for one satisfies the other (and, transitively, every control
 * equivalent to it); `partial`: evidence for one covers the other in part (one step, never further); `related`: a
 * pointer for the reader, no coverage.
 */
export const MAPPING_STRENGTHS = ['equivalent', 'partial', 'related'] as const;
export type MappingStrength = (typeof MAPPING_STRENGTHS)[number];

/** `framework:id`, e.g. `nistAiRmf:GOVERN 1.1` or `euAiAct:Art. 26(6)`: unique across frameworks. */
export type ControlKey = string;

/** One control (article, subcategory, Annex A control or principle) of a framework. */
export interface FrameworkControl {
  readonly framework: FrameworkId;
  /** Exactly as the public text numbers it: "Art. 9", "GOVERN 1.1", "A.6.2.4", "1.2". */
  readonly id: string;
  /** Short title, paraphrased (never the publication's full text). */
  readonly title: string;
  /** The function, clause or chapter the control sits in (e.g. "GOVERN", "A.6 AI system life cycle"). */
  readonly group: string;
  /** EU AI Act controls: the ids of `AI_ACT_OBLIGATIONS` this article carries (what a classification lists). */
  readonly obligations?: readonly string[];
}

/** A mapping between two controls; stored once, read in both directions. */
export interface ControlMapping {
  readonly from: ControlKey;
  readonly to: ControlKey;
  readonly strength: MappingStrength;
}

/** A framework with where its controls come from. */
export interface FrameworkSource {
  readonly id: FrameworkId;
  readonly name: string;
  /** The publication the ids follow and how the titles were written. */
  readonly source: string;
}

/** What a piece of evidence is. `Verification`: an AI system's verified classification (derived, never typed in). */
export const EVIDENCE_KINDS = ['Link', 'Assessment item', 'Verification'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** The key of a control. */
export function controlKey(control: { readonly framework: FrameworkId; readonly id: string }): ControlKey {
  return `${control.framework}:${control.id}`;
}

/** The framework of a key, or undefined when it names none the suite knows. */
export function frameworkOfKey(key: ControlKey): FrameworkId | undefined {
  const framework = key.slice(0, key.indexOf(':'));
  return (FRAMEWORK_IDS as readonly string[]).includes(framework) ? (framework as FrameworkId) : undefined;
}

/** The framework id of a stored framework name (or of an id itself), undefined when unknown. */
export function frameworkIdOf(value: string | undefined): FrameworkId | undefined {
  if (value === undefined) return undefined;
  if ((FRAMEWORK_IDS as readonly string[]).includes(value)) return value as FrameworkId;
  return FRAMEWORK_IDS.find((id) => FRAMEWORK_NAMES[id] === value);
}
