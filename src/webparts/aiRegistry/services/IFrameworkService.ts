/**
 * The AI Registry's door to the framework crosswalk (issue 18, part 3): a system's coverage across the EU AI Act,
 * NIST AI RMF, ISO/IEC 42001 and the OECD principles, and recording evidence. PnPjs over the FrameworkControls and
 * ControlEvidence lists in production and in the workbench; an in-memory fake in tests.
 */
import type { TemplateLanguage } from '../../../core/assessments/templateModel';
import type { FrameworkCoverage, EvidenceRecord } from '../../../core/frameworks/coverage';
import type { Crosswalk } from '../../../core/frameworks/seed';
import type { CrosswalkIssue } from '../../../core/frameworks/validate';
import type { RegisterRow } from './IAIRegistryService';

/** A system's coverage and what it was computed from. */
export interface SystemFrameworkView {
  /** The sound part of the list's crosswalk. */
  readonly crosswalk: Crosswalk;
  /** What is wrong in the list (for leads to fix); the coverage ignores the broken part. */
  readonly issues: readonly CrosswalkIssue[];
  /** The system's own and organisation-wide evidence, plus its verified classification and its assessments' met items. */
  readonly evidence: readonly EvidenceRecord[];
  /** Per framework, the system's applicable controls with their status. */
  readonly coverage: readonly FrameworkCoverage[];
}

/** Evidence a user adds from the details panel: a link for one control of this system. */
export interface NewLinkEvidence {
  readonly controlKey: string;
  readonly title: string;
  readonly link: string;
}

export interface IFrameworkService {
  /**
   * The system's coverage: the crosswalk (read once per service), the system's evidence (one read), the met items of
   * its latest completed assessment per template (one read; `assessmentEvidence`, titled in `language`) and, when a
   * lead's verification counts, its classification as evidence titled `classificationTitle`.
   */
  systemCoverage(row: RegisterRow, classificationTitle: string, language?: TemplateLanguage): Promise<SystemFrameworkView>;
  /**
   * Records link evidence for the system. Rejects with kind Validation and a stable code (`invalidUrl`, `unsafeUrl`,
   * `evidenceLinkRequired`, `evidenceControlUnknown`, `required`...) with nothing written.
   */
  addEvidence(systemId: number, evidence: NewLinkEvidence): Promise<void>;
}
