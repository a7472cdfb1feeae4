/**
 * Reading and writing stakeholder requirements (StakeholderRequirements) for an assessment run. A draft is checked
 * (`validateRequirement`) before anything is sent, so a refused requirement writes nothing; updates and deletes carry
 * If-Match with the ETag the assessor loaded, so a requirement changed since fails with Conflict.
 */
import { requirementFromDraft, validateRequirement, type RequirementDraft, type StakeholderRequirement } from '../../core/assessments/stakeholderRequirements';
import { GovernanceError } from '../../core/errors';
import type { LookupRef, Stored } from '../../core/models/common';
import { STAKEHOLDER_REQUIREMENTS_LIST } from '../../core/schema';
import { eq } from '../odata/filter';
import { filterField } from '../odata/fieldRef';
import type { Repositories } from '../repositories/createRepositories';

export type RequirementRepositories = Pick<Repositories, 'stakeholderRequirements'>;

/** A run's requirements stay far below a page; more than this is refused data, not a reason to page. */
const MAX_PER_RUN = 500;

function assertValid(draft: RequirementDraft, sectionIds?: readonly string[]): void {
  const issues = validateRequirement(draft, sectionIds);
  if (issues.length > 0) throw new GovernanceError('Validation', issues[0].message, { issues });
}

/** The run's requirements in the order they were captured (one request, on the indexed Assessment column). */
export async function requirementsOf(repos: RequirementRepositories, assessmentId: number): Promise<Stored<StakeholderRequirement>[]> {
  const page = await repos.stakeholderRequirements.page({
    filter: eq(filterField(STAKEHOLDER_REQUIREMENTS_LIST, 'assessment'), assessmentId), top: MAX_PER_RUN, orderBy: [{ field: 'id', ascending: true }]
  });
  return page.items;
}

/** `sectionIds`: the run's template sections, which a linked section must be one of (checked before sending). */
export async function addRequirement(repos: RequirementRepositories, draft: RequirementDraft, assessment: LookupRef, system: LookupRef | undefined, sectionIds?: readonly string[]): Promise<Stored<StakeholderRequirement>> {
  assertValid(draft, sectionIds);
  return repos.stakeholderRequirements.create(requirementFromDraft(draft, assessment, system));
}

export async function updateRequirement(repos: RequirementRepositories, id: number, draft: RequirementDraft, etag: string, sectionIds?: readonly string[]): Promise<Stored<StakeholderRequirement>> {
  assertValid(draft, sectionIds);
  const { title, institution, priority, source, section } = requirementFromDraft(draft, { id: 0 }, undefined);
  // An empty source or section is written as empty, so clearing it sticks.
  await repos.stakeholderRequirements.update(id, { title, institution, priority, source: source ?? '', section: section ?? '' }, etag);
  return repos.stakeholderRequirements.getById(id);
}

export function deleteRequirement(repos: RequirementRepositories, id: number, etag: string): Promise<void> {
  return repos.stakeholderRequirements.delete(id, etag);
}
