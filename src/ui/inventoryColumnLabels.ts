import type { InventoryColumnKey } from './inventoryTypes';

// Apart from the columns themselves: the property pane (in the web part's shared bundle) needs only the header
// texts, not the grid's Fluent components.
const LABELS: Readonly<Record<InventoryColumnKey, (s: IGovernanceSuiteStrings) => string>> = {
  title: (s) => s.Fields.title,
  mission: (s) => s.Fields.mission,
  department: (s) => s.Fields.department,
  owner: (s) => s.Fields.owner,
  custodian: (s) => s.Fields.custodian,
  declaredSensitivity: (s) => s.Fields.declaredSensitivity,
  purviewLabelName: (s) => s.Fields.purviewLabelName,
  labelDrift: (s) => s.Fields.labelDrift,
  accessFlags: (s) => s.Fields.accessFlags,
  containsPersonalData: (s) => s.Fields.containsPersonalData,
  ownershipStatus: (s) => s.Fields.ownershipStatus,
  lastReviewed: (s) => s.Fields.lastReviewed,
  healthScore: (s) => s.ColumnHealthScore,
};

/** A column's header text (the grid, the column chooser and the property pane agree). */
export function columnLabel(key: InventoryColumnKey, strings: IGovernanceSuiteStrings): string {
  return LABELS[key](strings);
}
