/**
 * The AI framework crosswalk (issue 18, part 3): the EU AI Act, NIST AI RMF 1.0, ISO/IEC 42001:2023 Annex A and the
 * OECD AI Principles as controls with mappings between them, coverage by evidence through those mappings, and the
 * comparison table.
 */
export * from './types';
export { CLASSIFICATION_CONTROL_ID, DOCUMENTED_ASSESSMENT_OBLIGATION, euAiActControls } from './euAiAct';
export { nistAiRmfControls } from './nistAiRmf';
export { iso42001Controls } from './iso42001';
export { oecdControls } from './oecd';
export { seedMappings } from './mappings';
export { FRAMEWORK_SOURCES, seedCrosswalk, type Crosswalk } from './seed';
export { CROSSWALK_ISSUE_CODES, validateCrosswalk, type CrosswalkIssue, type CrosswalkIssueCode, type UncheckedControl, type UncheckedMapping } from './validate';
export * from './coverage';
export * from './assessmentEvidence';
export * from './comparison';
export * from './records';
