import { guidFrom } from './hash';

/** One label of the emulated tenant (the shape `/security/dataSecurityAndGovernance/sensitivityLabels` returns). */
export interface EmulatedLabel {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly color: string;
  readonly priority: number;
  readonly parentId?: string;
  /** Rank in the default taxonomy the label stands for (Public 0 ... Highly Confidential 3). */
  readonly rank: number;
}

const label = (name: string, rank: number, priority: number, color: string, description: string, parent?: EmulatedLabel): EmulatedLabel => ({
  id: guidFrom(`label:${parent ? `${parent.name}/` : ''}${name}`), name, description, color, priority, parentId: parent?.id, rank
});

const PUBLIC = label('Public', 0, 0, '#3a96dd', 'Approved for release outside the organisation.');
const GENERAL = label('General', 1, 1, '#13a10e', 'Internal business data; not for public release.');
const CONFIDENTIAL = label('Confidential', 2, 2, '#ff8c00', 'Sensitive business or personal data; share on a need-to-know basis.');
const HIGHLY = label('Highly Confidential', 3, 5, '#d13438', 'Very sensitive data; strict access control and encryption.');

/** The tenant's catalogue: four labels by priority, the upper two with sub-labels (Microsoft's default taxonomy). */
export const LABEL_CATALOGUE: readonly EmulatedLabel[] = [
  PUBLIC,
  GENERAL,
  CONFIDENTIAL,
  label('All Employees', 2, 3, '#ff8c00', 'Confidential, readable by all staff.', CONFIDENTIAL),
  label('Specified People', 2, 4, '#ff8c00', 'Confidential, encrypted for the people named.', CONFIDENTIAL),
  HIGHLY,
  label('All Employees', 3, 6, '#d13438', 'Highly confidential, readable by all staff.', HIGHLY),
  label('Restricted', 3, 7, '#d13438', 'Highly confidential, encrypted for the people named.', HIGHLY)
];

/** The labels standing for a rank (parent first). */
export function labelsOfRank(rank: number): EmulatedLabel[] {
  return LABEL_CATALOGUE.filter((l) => l.rank === Math.min(Math.max(rank, 0), 3));
}

/** JSON as Graph returns a label (sub-labels name their parent). */
export function labelJson(l: EmulatedLabel): Record<string, unknown> {
  return {
    id: l.id, name: l.name, displayName: l.name, description: l.description, color: l.color, priority: l.priority,
    isEnabled: true, isAppliable: true, hasProtection: l.name === 'Restricted' || l.name === 'Specified People',
    applicableTo: 'email,file,site,unifiedGroup', ...(l.parentId !== undefined ? { parent: { id: l.parentId } } : {})
  };
}
