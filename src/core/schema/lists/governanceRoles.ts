import { ASSIGNEE_KINDS, RACI_ROLES, ROLE_SCOPE_KINDS, type GovernanceRoleAssignment } from '../../models/governanceRole';
import type { ListDefinition } from '../types';

/**
 * GovernanceRoles (issue 19): the RACI matrix, one item per (activity, scope, role, assignee). The routing resolver
 * reads it to find who is Accountable for a decision, so only the governance leads write it (`leadsWrite`).
 */
export const GOVERNANCE_ROLES_LIST: ListDefinition<GovernanceRoleAssignment> = {
  key: 'governanceRoles',
  title: 'GovernanceRoles',
  description: 'Who is Responsible, Accountable, Consulted and Informed for each governance activity, per scope; routes decisions to the Accountable.',
  majorVersionLimit: 100,
  access: 'leadsWrite',
  fields: [
    { internalName: 'Title', property: 'title', displayName: 'Title', type: 'Text', required: true, maxLength: 255, builtIn: true, indexed: true, group: 'role' },
    { internalName: 'Activity', property: 'activity', displayName: 'Activity', type: 'Text', maxLength: 120, required: true, indexed: true, group: 'role' },
    { internalName: 'ScopeKind', property: 'scopeKind', displayName: 'Scope', type: 'Choice', choices: ROLE_SCOPE_KINDS, required: true, indexed: true, group: 'scope' },
    { internalName: 'ScopeValue', property: 'scopeValue', displayName: 'Scope value', type: 'Text', maxLength: 255, indexed: true, group: 'scope' },
    { internalName: 'RecordList', property: 'recordList', displayName: 'Record list', type: 'Text', maxLength: 255, group: 'scope' },
    { internalName: 'RecordId', property: 'recordId', displayName: 'Record id', type: 'Number', integer: true, min: 1, group: 'scope' },
    { internalName: 'Role', property: 'role', displayName: 'Role', type: 'Choice', choices: RACI_ROLES, required: true, indexed: true, group: 'role' },
    { internalName: 'AssigneeKind', property: 'assigneeKind', displayName: 'Assignee kind', type: 'Choice', choices: ASSIGNEE_KINDS, required: true, group: 'assignee' },
    { internalName: 'AssigneePerson', property: 'assigneePerson', displayName: 'Assignee (person)', type: 'User', group: 'assignee' },
    { internalName: 'AssigneeGroup', property: 'assigneeGroup', displayName: 'Assignee (group)', type: 'Text', maxLength: 255, group: 'assignee' },
    { internalName: 'Note', property: 'note', displayName: 'Note', type: 'Note', maxLength: 1000, group: 'role' }
  ]
};
