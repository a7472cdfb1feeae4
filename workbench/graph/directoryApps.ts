/**
 * The emulated tenant's enterprise apps (service principals with app roles and assignments), its activated directory
 * roles with their members, and the one role-assignable security group they use. Fictional products; a few
 * segregation-of-duties conflicts are planted on purpose (requisition + approval, vendor master + payment release,
 * biometric enrolment + data export) so the SoD checks have something to find.
 */
import type { DirectoryGroupData } from './directory';
import type { DirectoryUser } from './directoryPeople';
import { guidFrom, hash32 } from './hash';

export interface DirectoryAppRole {
  readonly id: string;
  readonly displayName: string;
  readonly value: string;
  readonly description: string;
}

export interface DirectoryAppAssignment {
  readonly id: string;
  readonly principalId: string;
  readonly principalType: 'User' | 'Group' | 'ServicePrincipal';
  readonly appRoleId: string;
}

export interface DirectoryApp {
  readonly id: string;
  readonly appId: string;
  readonly displayName: string;
  /** Enterprise apps carry Graph's `WindowsAzureActiveDirectoryIntegratedApp` tag; automation identities do not. */
  readonly enterprise: boolean;
  readonly appRoles: readonly DirectoryAppRole[];
  readonly assignments: readonly DirectoryAppAssignment[];
}

export interface DirectoryRoleData {
  readonly id: string;
  readonly roleTemplateId: string;
  readonly displayName: string;
  readonly description: string;
  readonly members: readonly { readonly id: string; readonly type: 'User' | 'Group' | 'ServicePrincipal' }[];
}

/** Graph's "Default Access" role: an assignment to an app without app roles names the all-zero role id. */
export const DEFAULT_ACCESS_ROLE_ID = '00000000-0000-0000-0000-000000000000';

const role = (app: string, name: string, description: string): DirectoryAppRole => ({ id: guidFrom(`approle:${app}:${name}`), displayName: name, value: name.replace(/[^A-Za-z]+/g, '.').replace(/\.$/, ''), description });

const APPS: readonly { key: string; name: string; roles: readonly [string, string][] }[] = [
  { key: 'case', name: 'CaseTrack Case Management', roles: [['Caseworker', 'Opens and updates cases.'], ['Case Supervisor', 'Approves case closure and referrals.'], ['Case Administrator', 'Configures case types and user access.'], ['Case Auditor', 'Reads every case, read-only.']] },
  { key: 'bio', name: 'BioEnrol Biometric Registration', roles: [['Enrolment Operator', 'Captures biometrics at registration.'], ['Enrolment Supervisor', 'Resolves duplicates and overrides.'], ['Biometric Data Exporter', 'Exports biometric templates to partner systems.']] },
  { key: 'erp', name: 'Ledger ERP Finance', roles: [['Requisitioner', 'Raises purchase requisitions.'], ['Requisition Approver', 'Approves purchase requisitions.'], ['Payment Releaser', 'Releases payments to vendors.'], ['Vendor Master Editor', 'Creates and edits vendors and their bank details.']] },
  { key: 'bi', name: 'Insight BI Platform', roles: [['Report Viewer', 'Reads published reports.'], ['Report Author', 'Publishes reports and datasets.'], ['Workspace Administrator', 'Manages workspaces and their access.']] },
  { key: 'dms', name: 'DocVault Document Management', roles: [['Document Reader', 'Reads filed documents.'], ['Document Contributor', 'Files and edits documents.'], ['Records Manager', 'Applies retention and disposes of records.']] }
];

/** Activated roles (template ids are Microsoft's fixed built-in role template ids). */
const ROLES: readonly [string, string, string][] = [
  ['Global Administrator', '62e90394-69f5-4237-9190-012177145e10', 'Can manage all aspects of Microsoft Entra ID and Microsoft services that use Microsoft Entra identities.'],
  ['SharePoint Administrator', 'f28a1f50-f6e7-4571-818b-6a12f2af6b6c', 'Can manage all aspects of the SharePoint service.'],
  ['User Administrator', 'fe930be7-5e62-47db-91af-98c3a49a38b1', 'Can manage all aspects of users and groups, including resetting passwords for limited admins.'],
  ['Teams Administrator', '69091246-20e8-4a56-aa4d-066075b2a7a8', 'Can manage the Microsoft Teams service.']
];

export function directoryAccess(users: readonly DirectoryUser[]): { apps: DirectoryApp[]; roles: DirectoryRoleData[]; securityGroup: DirectoryGroupData } {
  const members = users.filter((u) => u.userType === 'Member');
  const byMail = (alias: string): DirectoryUser => members.find((u) => u.mail.startsWith(`${alias}@`)) as DirectoryUser;
  const generated = members.filter((u) => u.role === 'member');
  const pick = (salt: string, n: number): DirectoryUser[] => [...generated].sort((a, b) => hash32(`${salt}:${a.id}`) - hash32(`${salt}:${b.id}`)).slice(0, n);
  const identityOperators: DirectoryGroupData = {
    id: guidFrom('group:identity-operators'), displayName: 'Identity Operators', description: 'Role-assignable security group of the identity team.', mailNickname: 'identityoperators',
    unified: false, isTeam: false, visibility: 'Private', ownerIds: [byMail('tomas.lindqvist').id], memberIds: pick('idops', 3).map((u) => u.id)
  };
  const automation = { id: guidFrom('sp:provisioning-automation'), appId: guidFrom('app:provisioning-automation'), displayName: 'Provisioning Automation', enterprise: false, appRoles: [], assignments: [] };
  const payroll = { id: guidFrom('sp:payroll-integration'), appId: guidFrom('app:payroll-integration'), displayName: 'Payroll Integration Service', enterprise: false, appRoles: [], assignments: [] };

  const apps: DirectoryApp[] = APPS.map((spec) => {
    const roles = spec.roles.map(([name, description]) => role(spec.key, name, description));
    const assignments: DirectoryAppAssignment[] = [];
    const assign = (principalId: string, principalType: DirectoryAppAssignment['principalType'], appRoleId: string): void => {
      assignments.push({ id: `${hash32(`ara:${spec.key}:${principalId}:${appRoleId}`).toString(36)}${hash32(`arb:${principalId}`).toString(36)}`, principalId, principalType, appRoleId });
    };
    // Everyday users on the first role, a few power users on the others.
    for (const u of pick(`app:${spec.key}`, 8)) assign(u.id, 'User', roles[0].id);
    roles.slice(1).forEach((r, i) => { for (const u of pick(`app:${spec.key}:${r.displayName}`, 2 + (i % 2))) assign(u.id, 'User', r.id); });
    return { id: guidFrom(`sp:${spec.key}`), appId: guidFrom(`app:${spec.key}`), displayName: spec.name, enterprise: true, appRoles: roles, assignments };
  });
  const [cases, bio, erp, bi, dms] = apps as (DirectoryApp & { assignments: DirectoryAppAssignment[] })[];
  const extra = (app: DirectoryApp & { assignments: DirectoryAppAssignment[] }, principalId: string, principalType: DirectoryAppAssignment['principalType'], roleIndex: number | 'default'): void => {
    const appRoleId = roleIndex === 'default' ? DEFAULT_ACCESS_ROLE_ID : app.appRoles[roleIndex].id;
    if (!app.assignments.some((a) => a.principalId === principalId && a.appRoleId === appRoleId)) {
      app.assignments.push({ id: `${hash32(`ara:${app.id}:${principalId}:${appRoleId}`).toString(36)}x`, principalId, principalType, appRoleId });
    }
  };
  // Planted conflicts: one person raises and approves requisitions, another edits vendors and releases payments.
  const [raiser, vendorEditor, enroller] = pick('sod', 3);
  extra(erp, raiser.id, 'User', 0); extra(erp, raiser.id, 'User', 1);
  extra(erp, vendorEditor.id, 'User', 3); extra(erp, vendorEditor.id, 'User', 2);
  extra(bio, enroller.id, 'User', 0); extra(bio, enroller.id, 'User', 2);
  extra(erp, payroll.id, 'ServicePrincipal', 2);
  extra(cases, byMail('samuel.osei').id, 'User', 2);
  extra(cases, identityOperators.id, 'Group', 3);
  extra(bi, byMail('jonas.weber').id, 'User', 2);
  extra(bi, byMail('helena.okafor').id, 'User', 1);
  // A guest with report access, and a user assigned without a role (Graph's "Default Access").
  const guest = users.find((u) => u.userType === 'Guest');
  if (guest !== undefined) extra(bi, guest.id, 'User', 0);
  extra(dms, byMail('olivia.brown').id, 'User', 'default');
  extra(dms, byMail('isabel.ortega').id, 'User', 2);

  const disabledAdmin = generated.find((u) => !u.accountEnabled) ?? generated[0];
  const memberSets: DirectoryRoleData['members'][] = [
    [{ id: byMail('workbench.admin').id, type: 'User' }, { id: disabledAdmin.id, type: 'User' }, { id: pick('ga', 1)[0].id, type: 'User' }],
    [{ id: byMail('workbench.admin').id, type: 'User' }, { id: byMail('mei.chen').id, type: 'User' }],
    [{ id: identityOperators.id, type: 'Group' }, { id: byMail('arjun.patel').id, type: 'User' }],
    [{ id: byMail('tomas.lindqvist').id, type: 'User' }, { id: automation.id, type: 'ServicePrincipal' }]
  ];
  const roles = ROLES.map(([displayName, roleTemplateId, description], i) => ({ id: guidFrom(`role:${roleTemplateId}`), roleTemplateId, displayName, description, members: memberSets[i] }));
  return { apps: [...apps, automation, payroll], roles, securityGroup: identityOperators };
}
