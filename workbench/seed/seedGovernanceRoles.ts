/**
 * Seeds the RACI (issue 19) through the production repositories, as a governance lead: every suite activity has the
 * Governance Leads group Accountable for the organisation; every region has its own Accountable for approving
 * ownership (its focal point, else the head of data governance) with the custodians' group Consulted; Bangladesh and
 * Kenya have their own Accountable for approving ownership, so a new ownership request there goes to that person;
 * Yemen has a Responsible for accepting risk and no Accountable yet, so the matrix shows a warning. Every region's
 * DPIAs are validated by a Legal Officer who is not a lead (DPIA validation routing), the DPOs Informed. Asia and the
 * Pacific's risks above the appetite are accepted by its focal point (risk acceptance routing).
 */
import type { PersonRef } from '../../src/core/models/common';
import { GOVERNANCE_ACTIVITIES, type GovernanceRoleAssignment } from '../../src/core/models/governanceRole';
import { REGIONS } from '../../src/core/reference';
import { DATA_PROTECTION_OFFICERS_GROUP, GOVERNANCE_LEADS_GROUP } from '../../src/core/roles';
import { normaliseAssignment } from '../../src/data/governanceRoles';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import type { EmulatorHandle } from '../emulator';
import { demoPerson } from './demoPerson';
import { DEMO_USERS } from './demoUsers';

/** The two missions whose own Accountable approves ownership (the README and the browser test name them). */
export const MISSION_ACCOUNTABLES: Readonly<Record<string, string>> = {
  Bangladesh: 'jonas.weber@governance.example.org',
  Kenya: 'kwame.asante@governance.example.org'
};

/** Every region's Accountable for validating DPIAs (README, "Governance roles and routing"). */
export const DPIA_VALIDATOR = 'laura.schmidt@governance.example.org';

/** The region whose risks above the appetite its focal point accepts (risk acceptance routing; README). */
export const RISK_ACCEPTANCE_REGION = 'Asia and the Pacific';
/** Accountable for accepting risk in `RISK_ACCEPTANCE_REGION`: its focal point, not a lead. */
export const RISK_ACCEPTER = 'rahul.menon@governance.example.org';

/** Seeds the roles; returns the number of rows that failed. Idempotent: does nothing when roles exist. */
export async function seedGovernanceRoles(emulator: EmulatorHandle, log: (line: string) => void): Promise<number> {
  const person = (email: string): PersonRef => demoPerson(emulator, email);
  const lead = DEMO_USERS.find((u) => u.role === 'lead');
  if (!lead) return 0;
  const repos = createRepositories(createNodeSp(emulator.siteUrl, { user: lead.loginName }));
  if ((await repos.governanceRoles.count()) > 0) return 0;

  const head = person('helena.okafor@governance.example.org');
  const aiLead = person('tomas.lindqvist@governance.example.org');
  const group = (assigneeGroup: string): Partial<GovernanceRoleAssignment> => ({ assigneeKind: 'Group', assigneeGroup });
  const someone = (assigneePerson: PersonRef): Partial<GovernanceRoleAssignment> => ({ assigneeKind: 'Person', assigneePerson });
  const rows: Partial<GovernanceRoleAssignment>[] = [];
  for (const activity of GOVERNANCE_ACTIVITIES) {
    rows.push({ activity, scopeKind: 'Organisation', role: 'A', ...group(GOVERNANCE_LEADS_GROUP) });
  }
  rows.push({ activity: 'verifyAIClassification', scopeKind: 'Organisation', role: 'R', ...someone(person('ines.moreau@governance.example.org')) });
  rows.push({ activity: 'approveOwnership', scopeKind: 'Organisation', role: 'I', ...group('Mission Focal Points') });
  rows.push({ activity: 'acceptRisk', scopeKind: 'Organisation', role: 'C', ...someone(person('laura.schmidt@governance.example.org')) });
  rows.push({ activity: 'validateDPIA', scopeKind: 'Organisation', role: 'R', ...someone(person('samuel.osei@governance.example.org')) });
  rows.push({ activity: 'Publish the data catalogue', scopeKind: 'Organisation', role: 'A', ...someone(head), note: 'Quarterly, after the reconcile job.' });
  rows.push({ activity: 'Publish the data catalogue', scopeKind: 'Organisation', role: 'R', ...someone(aiLead) });
  for (const region of REGIONS) {
    const focal = DEMO_USERS.find((u) => u.role === 'focalPoint' && u.region === region);
    rows.push({ activity: 'approveOwnership', scopeKind: 'Region', scopeValue: region, role: 'A', ...someone(focal ? person(focal.email) : head) });
    rows.push({ activity: 'approveOwnership', scopeKind: 'Region', scopeValue: region, role: 'C', ...group('Data Custodians') });
    rows.push({ activity: 'approveOwnership', scopeKind: 'Region', scopeValue: region, role: 'I', ...someone(aiLead) });
  }
  for (const [mission, email] of Object.entries(MISSION_ACCOUNTABLES)) {
    rows.push({ activity: 'approveOwnership', scopeKind: 'Mission', scopeValue: mission, role: 'A', ...someone(person(email)), note: 'The mission\'s information management officer approves custodians here.' });
    rows.push({ activity: 'approveOwnership', scopeKind: 'Mission', scopeValue: mission, role: 'I', ...someone(head) });
  }
  rows.push({ activity: 'acceptRisk', scopeKind: 'Mission', scopeValue: 'Yemen', role: 'R', ...someone(person('yusuf.haddad@governance.example.org')) });

  // DPIA validation routing (issue 19 part 2).
  // Every region's DPIAs are validated by the Legal Officer Laura Schmidt (not a lead, not an activity's owner), so a
  // DPIA awaiting validation shows her as its region's Accountable and her validation counts; the DPOs' group is
  // Informed in the organisation.
  for (const region of REGIONS) {
    rows.push({ activity: 'validateDPIA', scopeKind: 'Region', scopeValue: region, role: 'A', ...someone(person(DPIA_VALIDATOR)), note: 'Validates DPIAs for the controller.' });
  }
  rows.push({ activity: 'validateDPIA', scopeKind: 'Organisation', role: 'I', ...group(DATA_PROTECTION_OFFICERS_GROUP) });

  // AI verification routing (issue 19 part 2): Kenya and the Immigration and Border Governance
  // department have their own Accountable for verifying AI classifications (a non-lead), the head Informed, so the
  // registry's details panel shows the route and Kwame Asante finds "Awaiting my verification" on first look.
  rows.push({ activity: 'verifyAIClassification', scopeKind: 'Mission', scopeValue: 'Kenya', role: 'A', ...someone(person(MISSION_ACCOUNTABLES.Kenya)) });
  rows.push({ activity: 'verifyAIClassification', scopeKind: 'Department', scopeValue: 'Immigration and Border Governance', role: 'A', ...someone(person(MISSION_ACCOUNTABLES.Kenya)) });
  rows.push({ activity: 'verifyAIClassification', scopeKind: 'Department', scopeValue: 'Immigration and Border Governance', role: 'I', ...someone(head) });

  // Risk acceptance routing (issue 19 part 2): Asia and the Pacific's focal point (not a lead) is Accountable for
  // accepting risk there, the head Informed. The region (not one mission) because the seeded risks' assets depend on
  // the workbench's asset count, and this region holds risks above the appetite in every size; Rahul Menon then sees
  // "The governance roles ask you to accept..." and the accept dialog's route on first look. The seeded acceptances
  // by the leads keep counting (a lead's always does).
  rows.push({ activity: 'acceptRisk', scopeKind: 'Region', scopeValue: RISK_ACCEPTANCE_REGION, role: 'A', ...someone(person(RISK_ACCEPTER)), note: 'Accepts the region\'s risks above the appetite.' });
  rows.push({ activity: 'acceptRisk', scopeKind: 'Region', scopeValue: RISK_ACCEPTANCE_REGION, role: 'I', ...someone(head) });

  const results = await repos.governanceRoles.createMany(rows.map(normaliseAssignment));
  const failed = results.filter((r) => !r.ok).length;
  log(`seeded ${results.length - failed} governance roles${failed > 0 ? ` (${failed} failed)` : ''}`);
  return failed;
}
