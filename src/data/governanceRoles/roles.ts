/**
 * Reading and writing RACI assignments (list GovernanceRoles). Every write is validated first against what is stored
 * now (duplicates) and the site's groups, so a refused assignment writes nothing; deletes carry the ETag read.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import { isGovernanceError } from '../../core/errors';
import { GovernanceError } from '../../core/errors';
import { assignmentTitle, validateAssignment, type RoleValidationContext } from '../../core/governanceRoles';
import type { Stored } from '../../core/models/common';
import type { GovernanceRoleAssignment } from '../../core/models/governanceRole';
import { GOVERNANCE_ROLES_LIST } from '../../core/schema/lists/governanceRoles';
import { filterField } from '../odata/fieldRef';
import { eq } from '../odata/filter';
import { readAll } from '../query/readMatching';
import type { Repositories } from '../repositories/createRepositories';
import { toGovernanceError } from '../errors';

/** Every assignment, or (with `activity`) those of one activity, read through the indexed Activity column. */
export function loadAssignments(repositories: Pick<Repositories, 'governanceRoles'>, activity?: string): Promise<Stored<GovernanceRoleAssignment>[]> {
  const query = activity === undefined ? {} : { filter: eq(filterField(GOVERNANCE_ROLES_LIST, 'activity'), activity) };
  return readAll(repositories.governanceRoles, query);
}

/** Names of the site's SharePoint groups (the assignable groups). */
export async function siteGroupNames(sp: SPFI): Promise<string[]> {
  try {
    const groups = await sp.web.siteGroups.select('Title')<{ Title: string }[]>();
    return groups.map((group) => group.Title).sort((a, b) => a.localeCompare(b));
  } catch (error) {
    throw toGovernanceError(error);
  }
}

/** Whether `id` is a user of the site (the User field would refuse anyone else); false when SharePoint says NotFound. */
export async function isSiteUser(sp: SPFI, id: number): Promise<boolean> {
  try {
    await sp.web.siteUsers.getById(id).select('Id')();
    return true;
  } catch (error) {
    const normalised = toGovernanceError(error);
    if (isGovernanceError(normalised, 'NotFound')) return false;
    throw normalised;
  }
}

/** The assignment as stored: trimmed texts, only the assignee and scope fields its kinds use, its title built. */
export function normaliseAssignment(draft: Partial<GovernanceRoleAssignment>): GovernanceRoleAssignment {
  const scopeKind = draft.scopeKind ?? 'Organisation';
  const assigneeKind = draft.assigneeKind ?? 'Person';
  const note = draft.note?.trim();
  const values: GovernanceRoleAssignment = {
    title: '',
    activity: (draft.activity ?? '').trim(),
    scopeKind,
    scopeValue: scopeKind === 'Organisation' || scopeKind === 'Record' ? undefined : draft.scopeValue?.trim(),
    recordList: scopeKind === 'Record' ? draft.recordList?.trim() : undefined,
    recordId: scopeKind === 'Record' ? draft.recordId : undefined,
    role: draft.role ?? 'R',
    assigneeKind,
    assigneePerson: assigneeKind === 'Person' ? draft.assigneePerson : undefined,
    assigneeGroup: assigneeKind === 'Group' ? draft.assigneeGroup?.trim() : undefined,
    note: note === undefined || note === '' ? undefined : note
  };
  return { ...values, title: assignmentTitle(values) };
}

/**
 * Validates `draft` against the stored assignments (read now) and `groups`, then creates it. Rejects with a
 * Validation error carrying every issue (codes from `ROLE_ISSUE_CODES`) and writes nothing when any remains.
 */
export async function addAssignment(
  repositories: Pick<Repositories, 'governanceRoles'>,
  draft: Partial<GovernanceRoleAssignment>,
  context: Omit<RoleValidationContext, 'existing'>
): Promise<Stored<GovernanceRoleAssignment>> {
  const existing = await loadAssignments(repositories, (draft.activity ?? '').trim() || undefined);
  const issues = validateAssignment(draft, { ...context, existing });
  if (issues.length > 0) throw new GovernanceError('Validation', issues.map((i) => i.message).join(' '), { issues });
  return repositories.governanceRoles.create(normaliseAssignment(draft));
}
