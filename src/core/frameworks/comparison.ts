/**
 * The comparison table: one row per control of a framework, one column per other framework with the controls mapped
 * to it (and how strongly); with a coverage, each row also says whether the control is covered. The export writes it
 * as cells through `comparisonCells`.
 */
import { escapeFormula } from '../import/cells';
import { neighbours, type ControlStatus, type FrameworkCoverage } from './coverage';
import type { Crosswalk } from './seed';
import { FRAMEWORK_IDS, controlKey, frameworkOfKey, type ControlKey, type FrameworkControl, type FrameworkId, type MappingStrength } from './types';

/** A mapped control in a comparison cell. */
export interface MappedControl {
  readonly key: ControlKey;
  readonly id: string;
  readonly strength: MappingStrength;
}

/** One row: a control, its mapped controls per other framework, and its coverage when a coverage was given. */
export interface ComparisonRow {
  readonly key: ControlKey;
  readonly control: FrameworkControl;
  readonly mapped: Readonly<Partial<Record<FrameworkId, readonly MappedControl[]>>>;
  readonly status?: ControlStatus;
}

/** The table for `framework`: its controls in crosswalk order; columns are the other frameworks, in framework order. */
export interface ComparisonTable {
  readonly framework: FrameworkId;
  readonly columns: readonly FrameworkId[];
  readonly rows: readonly ComparisonRow[];
}

const STRENGTH_ORDER: readonly MappingStrength[] = ['equivalent', 'partial', 'related'];

/** Builds the table; `coverage` (of the same crosswalk) adds each row's status. */
export function comparisonTable(crosswalk: Crosswalk, framework: FrameworkId, coverage?: readonly FrameworkCoverage[]): ComparisonTable {
  const graph = neighbours(crosswalk.mappings);
  const order = new Map(crosswalk.controls.map((c, i) => [controlKey(c), i]));
  const idOf = new Map(crosswalk.controls.map((c) => [controlKey(c), c.id]));
  const statusOf = new Map<ControlKey, ControlStatus>();
  for (const f of coverage ?? []) for (const c of f.controls) statusOf.set(c.key, c.status);
  const columns = FRAMEWORK_IDS.filter((f) => f !== framework);
  const rows = crosswalk.controls.filter((c) => c.framework === framework).map((control): ComparisonRow => {
    const key = controlKey(control);
    const mapped: Partial<Record<FrameworkId, MappedControl[]>> = {};
    for (const next of graph.get(key) ?? []) {
      const other = frameworkOfKey(next.key);
      if (other === undefined || other === framework || !idOf.has(next.key)) continue;
      (mapped[other] ??= []).push({ key: next.key, id: idOf.get(next.key) as string, strength: next.strength });
    }
    for (const list of Object.values(mapped)) {
      list?.sort((a, b) => STRENGTH_ORDER.indexOf(a.strength) - STRENGTH_ORDER.indexOf(b.strength) || (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0));
    }
    return coverage ? { key, control, mapped, status: statusOf.get(key) } : { key, control, mapped };
  });
  return { framework, columns, rows };
}

/** The words the export writes (localised by the caller). */
export interface ComparisonLabels {
  readonly frameworks: Readonly<Record<FrameworkId, string>>;
  readonly control: string;
  readonly title: string;
  readonly group: string;
  readonly status: string;
  readonly statuses: Readonly<Record<ControlStatus, string>>;
  readonly strengths: Readonly<Record<MappingStrength, string>>;
}

/** Header row: control, title, group, [status], then one column per other framework. */
export function comparisonHeaders(table: ComparisonTable, labels: ComparisonLabels, withStatus: boolean): string[] {
  return [
    `${labels.frameworks[table.framework]}: ${labels.control}`, labels.title, labels.group,
    ...(withStatus ? [labels.status] : []),
    ...table.columns.map((f) => labels.frameworks[f])
  ];
}

/** One row's cells, formula-safe: mapped controls as "A.6.2.8 (equivalent); A.7.4 (partial)". */
export function comparisonCells(row: ComparisonRow, table: ComparisonTable, labels: ComparisonLabels, withStatus: boolean): string[] {
  const mapped = table.columns.map((f) => (row.mapped[f] ?? []).map((m) => `${m.id} (${labels.strengths[m.strength]})`).join('; '));
  const cells = [row.control.id, row.control.title, row.control.group, ...(withStatus ? [labels.statuses[row.status ?? 'none']] : []), ...mapped];
  return cells.map(escapeFormula);
}

/** The words the coverage export writes (localised by the caller). */
export interface CoverageLabels {
  readonly frameworks: Readonly<Record<FrameworkId, string>>;
  readonly framework: string;
  readonly control: string;
  readonly title: string;
  readonly status: string;
  readonly evidence: string;
  readonly statuses: Readonly<Record<ControlStatus, string>>;
  /** "{0} (through {1})": evidence recorded for another control. */
  readonly through: string;
}

/** Header row of a system's coverage export. */
export function coverageHeaders(labels: CoverageLabels): string[] {
  return [labels.framework, labels.control, labels.title, labels.status, labels.evidence];
}

/**
 * One row per applicable control of every framework: its status and the evidence covering it (title, link or
 * reference, and the control it was recorded for when it came through a mapping), formula-safe.
 */
export function coverageRows(result: readonly FrameworkCoverage[], labels: CoverageLabels): string[][] {
  return result.flatMap((f) => f.controls.map((c) => {
    const evidence = c.evidence.map((e) => {
      const what = [e.evidence.title, e.evidence.link ?? e.evidence.reference].filter((v) => v !== undefined && v !== '').join(': ');
      return e.via ? labels.through.replace('{0}', what).replace('{1}', e.via.slice(e.via.indexOf(':') + 1)) : what;
    }).join('; ');
    return [labels.frameworks[f.framework], c.control.id, c.control.title, labels.statuses[c.status], evidence].map(escapeFormula);
  }));
}
