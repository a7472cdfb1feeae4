import type { PersonRef } from '../models/common';
import type { GovernanceRoleAssignment } from '../models/governanceRole';
import { accountableFor, assignmentTitle, deciderFrom, raciWarnings, validateAssignment } from './index';

const person = (id: number, alias: string): PersonRef => ({ id, title: alias, email: `${alias}@governance.example.org` });
const lead = person(2, 'helena.okafor');
const jonas = person(10, 'jonas.weber');
const amina = person(11, 'amina.diallo');
const carlos = person(12, 'carlos.ruiz');

function role(values: Partial<GovernanceRoleAssignment> & Pick<GovernanceRoleAssignment, 'role'>): GovernanceRoleAssignment {
  const base: GovernanceRoleAssignment = { title: '', activity: 'approveOwnership', scopeKind: 'Organisation', assigneeKind: 'Person', assigneePerson: lead, ...values };
  return { ...base, title: assignmentTitle(base) };
}

describe('RACI warnings', () => {
  it('warns about every suite activity with no Accountable for the organisation', () => {
    const codes = raciWarnings([]).map((w) => `${w.code}:${w.activity}:${w.scope.kind}`);
    expect(codes).toEqual(expect.arrayContaining(['noAccountable:approveOwnership:Organisation', 'noAccountable:validateDPIA:Organisation']));
    expect(codes).toHaveLength(5);
  });

  it('warns about a scope with a Responsible and no Accountable, and clears once one is assigned', () => {
    const r = role({ role: 'R', scopeKind: 'Mission', scopeValue: 'Bangladesh', assigneePerson: jonas });
    const before = raciWarnings([r]).filter((w) => w.scope.kind === 'Mission');
    expect(before.map((w) => w.code)).toEqual(['noAccountable']);
    const a = role({ role: 'A', scopeKind: 'Mission', scopeValue: 'bangladesh ', assigneePerson: amina });
    expect(raciWarnings([r, a]).filter((w) => w.scope.kind === 'Mission')).toEqual([]);
  });

  it('warns about two Accountables in one scope, naming both', () => {
    const warnings = raciWarnings([role({ role: 'A' }), role({ role: 'A', assigneeKind: 'Group', assigneePerson: undefined, assigneeGroup: 'Governance Leads' })]);
    const multiple = warnings.filter((w) => w.code === 'multipleAccountable');
    expect(multiple).toHaveLength(1);
    expect(multiple[0].assignees.map((a) => (a.kind === 'Person' ? a.person.title : a.group))).toEqual(['helena.okafor', 'Governance Leads']);
  });

  it('warns when the Accountable of a decision is also its Responsible, but not for the leads\' own activities', () => {
    const both = [role({ role: 'A', activity: 'acceptRisk' }), role({ role: 'R', activity: 'acceptRisk' })];
    expect(raciWarnings(both).filter((w) => w.code === 'accountableIsResponsible').map((w) => w.activity)).toEqual(['acceptRisk']);
    const own = [role({ role: 'A', activity: 'Publish the catalogue' }), role({ role: 'R', activity: 'Publish the catalogue' })];
    expect(raciWarnings(own).filter((w) => w.code === 'accountableIsResponsible')).toEqual([]);
  });
});

describe('validateAssignment', () => {
  const context = { groups: ['Governance Leads', 'Data Stewards'], existing: [role({ role: 'A' })], isKnownUser: (id: number) => id !== 99 };

  it('accepts a complete assignment (group names compared without case)', () => {
    expect(validateAssignment({ activity: 'acceptRisk', scopeKind: 'Region', scopeValue: 'Africa', role: 'C', assigneeKind: 'Group', assigneeGroup: 'data stewards' }, context)).toEqual([]);
  });

  it('refuses a role without a scope, a scope without its value and a record without its id', () => {
    const codes = (draft: Partial<GovernanceRoleAssignment>): string[] => validateAssignment({ activity: 'acceptRisk', role: 'R', assigneeKind: 'Person', assigneePerson: jonas, ...draft }, context).map((i) => i.code);
    expect(codes({})).toEqual(['scopeRequired']);
    expect(codes({ scopeKind: 'Mission', scopeValue: '  ' })).toEqual(['scopeValueRequired']);
    expect(codes({ scopeKind: 'Record', recordList: 'DataAssets' })).toEqual(['recordRequired']);
  });

  it('refuses unknown people and groups, and a missing assignee', () => {
    const base = { activity: 'acceptRisk', scopeKind: 'Organisation', role: 'R' } as const;
    expect(validateAssignment({ ...base, assigneeKind: 'Group', assigneeGroup: 'Nobody' }, context).map((i) => i.code)).toEqual(['unknownGroup']);
    expect(validateAssignment({ ...base, assigneeKind: 'Person', assigneePerson: person(99, 'ghost') }, context).map((i) => i.code)).toEqual(['unknownPerson']);
    expect(validateAssignment({ ...base, assigneeKind: 'Person' }, context).map((i) => i.code)).toEqual(['assigneeRequired']);
  });

  it('refuses a duplicate of a stored assignment', () => {
    expect(validateAssignment({ activity: 'approveOwnership', scopeKind: 'Organisation', role: 'A', assigneeKind: 'Person', assigneePerson: lead }, context).map((i) => i.code)).toEqual(['duplicate']);
  });
});

describe('accountableFor', () => {
  const assignments = [
    role({ role: 'A', assigneeKind: 'Group', assigneePerson: undefined, assigneeGroup: 'Data Stewards' }),
    role({ role: 'I', assigneePerson: carlos }),
    role({ role: 'A', scopeKind: 'Region', scopeValue: 'Africa', assigneePerson: amina }),
    role({ role: 'A', scopeKind: 'Mission', scopeValue: 'Kenya', assigneePerson: jonas }),
    role({ role: 'I', scopeKind: 'Mission', scopeValue: 'Kenya', assigneePerson: amina }),
    role({ role: 'A', scopeKind: 'Record', recordList: 'DataAssets', recordId: 7, assigneePerson: carlos }),
    role({ role: 'A', activity: 'acceptRisk', scopeKind: 'Mission', scopeValue: 'Kenya', assigneePerson: carlos })
  ];

  it('resolves the record first, then the mission, the region and the organisation', () => {
    const who = (scope: Parameters<typeof accountableFor>[1]): string => {
      const routed = accountableFor('approveOwnership', scope, assignments);
      return `${routed.resolvedAt}:${routed.accountable.kind === 'Person' ? routed.accountable.person.title : routed.accountable.group}`;
    };
    expect(who({ record: { list: 'DataAssets', id: 7 }, mission: 'Kenya', region: 'Africa' })).toBe('Record:carlos.ruiz');
    expect(who({ record: { list: 'DataAssets', id: 8 }, mission: 'Kenya', region: 'Africa' })).toBe('Mission:jonas.weber');
    expect(who({ mission: 'Uganda', region: 'africa' })).toBe('Region:amina.diallo');
    expect(who({ mission: 'Peru', region: 'Americas' })).toBe('Organisation:Data Stewards');
  });

  it('falls back to the Governance Leads group when nobody is Accountable', () => {
    const routed = accountableFor('validateDPIA', { mission: 'Kenya' }, assignments);
    expect(routed.resolvedAt).toBe('fallback');
    expect(routed.accountable).toEqual({ kind: 'Group', group: 'Governance Leads' });
  });

  it('never routes to the submitter: their own Accountable role is passed over', () => {
    const routed = accountableFor('approveOwnership', { mission: 'Kenya', region: 'Africa' }, assignments, { exclude: jonas });
    expect(routed.resolvedAt).toBe('Region');
    expect(deciderFrom(routed.accountable, [], jonas)).toEqual(amina);
  });

  it('passes over a scope with two Accountables, and lists the Informed of every enclosing scope', () => {
    const two = [...assignments, role({ role: 'A', scopeKind: 'Mission', scopeValue: 'Kenya', assigneePerson: lead })];
    const routed = accountableFor('approveOwnership', { mission: 'Kenya', region: 'Africa' }, two);
    expect(routed.resolvedAt).toBe('Region');
    expect(routed.ambiguousAt).toEqual(['Mission']);
    expect(routed.informed.map((i) => (i.kind === 'Person' ? i.person.title : i.group))).toEqual(['amina.diallo', 'carlos.ruiz']);
  });

  it('picks a group\'s first member who is not the submitter', () => {
    expect(deciderFrom({ kind: 'Group', group: 'Governance Leads' }, [jonas, lead], lead)).toEqual(jonas);
    expect(deciderFrom({ kind: 'Group', group: 'Governance Leads' }, [lead], lead)).toBeUndefined();
  });
});
