/**
 * Stakeholder requirements (issue 18, part 4): what the institutions that use or feed an information system need
 * from it, captured during the system's assessment, one StakeholderRequirements item each. The list's schema maps the
 * internal names (`src/core/schema/lists/stakeholderRequirements.ts`); this file holds the shape and its rules.
 */
import type { FieldIssue } from '../errors';
import type { LookupRef } from '../models/common';
import { fieldIssue } from '../validation/fieldRules';

/** MoSCoW without "Won't": a requirement nobody will meet is not captured. */
export const REQUIREMENT_PRIORITIES = ['Must', 'Should', 'Could'] as const;
export type RequirementPriority = (typeof REQUIREMENT_PRIORITIES)[number];

/** Text limits (single-line SharePoint columns). */
export const REQUIREMENT_TEXT_MAX = 255;

/** An item of StakeholderRequirements. */
export interface StakeholderRequirement {
  /** The need, as the stakeholder stated it (the item's Title). */
  title: string;
  /** The assessment run it was captured in. */
  assessment: LookupRef;
  /** The inventory record (the information system) assessed. */
  system?: LookupRef;
  /** Who needs it: a ministry, partner agency, field office. */
  institution: string;
  priority: RequirementPriority;
  /** Where it was heard or read: a workshop, an interview, a document. */
  source?: string;
  /**
   * The id of the assessment's section it answers (the template's section, e.g. "interfaces"), so the terms of
   * reference list it under that section's gaps; absent for a requirement on the system as a whole.
   */
  section?: string;
}

/** What the form edits. */
export interface RequirementDraft {
  need: string;
  institution: string;
  priority: string;
  source: string;
  /** A section id of the run's template, or '' (absent) for none. */
  section?: string;
}

/** Section ids are the template's own short keys. */
export const REQUIREMENT_SECTION_MAX = 100;

export const REQUIREMENT_ISSUE_CODES = ['requirementNeedMissing', 'requirementInstitutionMissing', 'requirementPriorityInvalid', 'requirementTooLong', 'requirementSectionUnknown'] as const;

/**
 * Problems with a draft, one per field at most, located by the form's field name; empty when it can be saved.
 * `sectionIds` (the run's template sections), when given, is what a linked section must be one of.
 */
export function validateRequirement(draft: RequirementDraft, sectionIds?: readonly string[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const check = (field: keyof RequirementDraft, value: string, required: boolean, missing: string): void => {
    const text = value.trim();
    if (required && text === '') issues.push(fieldIssue(field, missing, `The ${field} is required.`));
    else if (text.length > REQUIREMENT_TEXT_MAX) issues.push(fieldIssue(field, 'requirementTooLong', `The ${field} is longer than ${REQUIREMENT_TEXT_MAX} characters.`, { max: REQUIREMENT_TEXT_MAX }));
  };
  check('need', draft.need, true, 'requirementNeedMissing');
  check('institution', draft.institution, true, 'requirementInstitutionMissing');
  if (!(REQUIREMENT_PRIORITIES as readonly string[]).includes(draft.priority)) {
    issues.push(fieldIssue('priority', 'requirementPriorityInvalid', `The priority must be one of ${REQUIREMENT_PRIORITIES.join(', ')}.`));
  }
  check('source', draft.source, false, '');
  const section = (draft.section ?? '').trim();
  if (section !== '' && (section.length > REQUIREMENT_SECTION_MAX || (sectionIds !== undefined && !sectionIds.includes(section)))) {
    issues.push(fieldIssue('section', 'requirementSectionUnknown', `The section "${section}" is not a section of this assessment.`));
  }
  return issues;
}

/** The list item for a valid draft (text trimmed, an empty source left out). */
export function requirementFromDraft(draft: RequirementDraft, assessment: LookupRef, system: LookupRef | undefined): StakeholderRequirement {
  return {
    title: draft.need.trim(),
    assessment: { id: assessment.id },
    ...(system ? { system: { id: system.id } } : {}),
    institution: draft.institution.trim(),
    priority: draft.priority as RequirementPriority,
    source: draft.source.trim() || undefined,
    section: (draft.section ?? '').trim() || undefined
  };
}

/** The form's values for a stored requirement. */
export function draftFromRequirement(requirement: StakeholderRequirement): RequirementDraft {
  return { need: requirement.title, institution: requirement.institution, priority: requirement.priority, source: requirement.source ?? '', section: requirement.section ?? '' };
}

/** The list's rule across fields: a need and an institution that are more than blanks (the schema's required check takes spaces). */
export function stakeholderRequirementIssues(values: Readonly<Record<string, unknown>>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (typeof values.title === 'string' && values.title.trim() === '') issues.push(fieldIssue('title', 'requirementNeedMissing', 'The need is required.'));
  if (typeof values.institution === 'string' && values.institution.trim() === '') issues.push(fieldIssue('institution', 'requirementInstitutionMissing', 'The institution is required.'));
  return issues;
}
