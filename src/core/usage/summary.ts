/** The figures a governance report needs, from the per-app view (latest period). */
import type { AppUsage, DepartmentUsers, PeriodRef } from './findings';

export interface UsageSummary {
  readonly period?: PeriodRef;
  readonly previousPeriod?: PeriodRef;
  /** AI tools with users in the latest period. */
  readonly toolsInUse: number;
  /** Of those, tools matched to the registry. */
  readonly registered: number;
  /** registered / toolsInUse, 0-1; undefined when no tool is in use. */
  readonly registeredShare?: number;
  readonly unregistered: number;
  readonly unapprovedInUse: number;
  readonly highRiskUnverified: number;
  /** Users of AI tools in the latest period (a person using two tools counts twice, as exports count). */
  readonly aiUsers: number;
  readonly usersOfUnregistered: number;
  /** Departments by users of AI tools in the latest period, most first (at most `topN`). */
  readonly topDepartments: readonly DepartmentUsers[];
}

export function summariseUsage(apps: readonly AppUsage[], periods: readonly PeriodRef[], topN = 5): UsageSummary {
  const inUse = apps.filter((a) => a.isAi && a.users > 0 && a.triage?.decision !== 'Ignored');
  const count = (kind: AppUsage['findings'][number]): number => inUse.filter((a) => a.findings.indexOf(kind) >= 0).length;
  const registered = inUse.filter((a) => a.match !== undefined).length;
  const departments = new Map<string, number>();
  for (const app of inUse) for (const d of app.departments) departments.set(d.department, (departments.get(d.department) ?? 0) + d.users);
  return {
    period: periods[periods.length - 1],
    previousPeriod: periods[periods.length - 2],
    toolsInUse: inUse.length,
    registered,
    registeredShare: inUse.length > 0 ? registered / inUse.length : undefined,
    unregistered: count('unregistered'),
    unapprovedInUse: count('unapproved'),
    highRiskUnverified: count('highRiskUnverified'),
    aiUsers: inUse.reduce((sum, a) => sum + a.users, 0),
    usersOfUnregistered: inUse.filter((a) => a.findings.indexOf('unregistered') >= 0).reduce((sum, a) => sum + a.users, 0),
    topDepartments: Array.from(departments.entries())
      .map(([department, users]) => ({ department, users }))
      .sort((a, b) => b.users - a.users || a.department.localeCompare(b.department))
      .slice(0, topN)
  };
}
