/**
 * From visible usage rows, the registry and the triage decisions to the monitoring queue: one entry per app with its
 * users per period, departments, trend, match and findings, ranked by users in the latest period.
 */
import type { UsageTriageDecision } from '../models/usageObservation';
import type { PersonRef } from '../models/common';
import type { RegistryEntry, UsageMatcher } from './match';
import { normaliseAppName, usageAppKey } from './normalise';
import { periodKey } from './periods';

/** What the queue needs of a stored usage row. */
export interface UsageRowLike {
  readonly title: string;
  readonly domain?: string;
  readonly category?: string;
  readonly users?: number;
  readonly department?: string;
  readonly periodStart?: string;
  readonly periodEnd?: string;
  readonly appKey?: string;
}

/** A lead's triage of an app, by app key. */
export interface TriageState {
  readonly id?: number;
  readonly etag?: string;
  readonly decision: UsageTriageDecision;
  readonly reason?: string;
  readonly assignedTo?: PersonRef;
}

export type FindingKind = 'unregistered' | 'unapproved' | 'highRiskUnverified';
export type UsageTrend = 'new' | 'up' | 'down' | 'flat' | 'gone';

export interface PeriodRef {
  readonly key: string;
  readonly start: string;
  readonly end: string;
}

export interface DepartmentUsers {
  readonly department: string;
  readonly users: number;
}

/** One app across every imported period. */
export interface AppUsage {
  readonly key: string;
  readonly name: string;
  readonly domain?: string;
  readonly category?: string;
  /** Users per period key (absent: not seen in that period). */
  readonly usersByPeriod: Readonly<Record<string, number>>;
  /** Users in the latest period (0 when not seen in it). */
  readonly users: number;
  /** Users in the period before, when the app was seen then. */
  readonly previousUsers?: number;
  readonly trend: UsageTrend;
  /** Departments of the latest period the app was seen in, most users first. */
  readonly departments: readonly DepartmentUsers[];
  readonly match?: RegistryEntry;
  /** In an AI category, or matched to the registry. */
  readonly isAi: boolean;
  readonly findings: readonly FindingKind[];
  readonly triage?: TriageState;
  /** Marked not AI or ignored: out of the open queue. */
  readonly dismissed: boolean;
}

const AI_WORDS = /\b(ai|genai|gen ai|generative|artificial intelligence|llm|large language model|machine learning|chatbot|copilot)\b/;

/** True for an export category about AI ("Generative AI", "AI model provider", "Artificial intelligence"...). */
export function isAiCategory(category: string | undefined): boolean {
  return AI_WORDS.test(normaliseAppName(category ?? ''));
}

const UNAPPROVED: readonly string[] = ['Rejected', 'In use without approval'];

/** The findings for an app in use (rules of issue 9). */
export function findingsFor(match: RegistryEntry | undefined, aiCategory: boolean): FindingKind[] {
  if (match === undefined) return aiCategory ? ['unregistered'] : [];
  const out: FindingKind[] = [];
  if (UNAPPROVED.indexOf(match.approvalStatus) >= 0) out.push('unapproved');
  if ((match.riskTier === 'high' || match.riskTier === 'prohibited') && !match.verified) out.push('highRiskUnverified');
  return out;
}

/** Every period of the rows, oldest first (by end, then start). */
export function periodsOfRows(rows: readonly UsageRowLike[]): PeriodRef[] {
  const map = new Map<string, PeriodRef>();
  for (const r of rows) {
    const key = periodKey(r.periodStart, r.periodEnd);
    if (!map.has(key)) map.set(key, { key, start: (r.periodStart ?? '').slice(0, 10), end: (r.periodEnd ?? '').slice(0, 10) });
  }
  return Array.from(map.values()).sort((a, b) => a.end.localeCompare(b.end) || a.start.localeCompare(b.start));
}

function trendOf(users: number | undefined, previous: number | undefined): UsageTrend {
  if (users === undefined) return 'gone';
  if (previous === undefined) return 'new';
  if (users > previous) return 'up';
  if (users < previous) return 'down';
  return 'flat';
}

interface Accumulator {
  key: string;
  name: string;
  domain?: string;
  category?: string;
  byPeriod: Map<string, number>;
  departmentsByPeriod: Map<string, Map<string, number>>;
}

/**
 * Builds the per-app view. Apps are ranked by users in the latest period, then the period before, then name.
 */
export function buildAppUsage(rows: readonly UsageRowLike[], matcher: UsageMatcher, triage: ReadonlyMap<string, TriageState>): { periods: PeriodRef[]; apps: AppUsage[] } {
  const periods = periodsOfRows(rows);
  const latest = periods[periods.length - 1]?.key;
  const previous = periods[periods.length - 2]?.key;
  const apps = new Map<string, Accumulator>();
  for (const row of rows) {
    const key = row.appKey || usageAppKey(row.title, row.domain);
    if (key === '') continue;
    const period = periodKey(row.periodStart, row.periodEnd);
    const app: Accumulator = apps.get(key) ?? { key, name: row.title, byPeriod: new Map(), departmentsByPeriod: new Map() };
    apps.set(key, app);
    // The latest period's spelling wins (rows are not ordered).
    if (period === latest || app.name === '') app.name = row.title;
    app.domain = app.domain ?? row.domain;
    app.category = app.category ?? row.category;
    const users = row.users ?? 0;
    app.byPeriod.set(period, (app.byPeriod.get(period) ?? 0) + users);
    if (row.department) {
      const departments = app.departmentsByPeriod.get(period) ?? new Map<string, number>();
      app.departmentsByPeriod.set(period, departments);
      departments.set(row.department, (departments.get(row.department) ?? 0) + users);
    }
  }
  const out = Array.from(apps.values()).map((app): AppUsage => {
    const match = matcher.match(app.name, app.domain);
    const aiCategory = isAiCategory(app.category);
    const state = triage.get(app.key);
    const dismissed = state !== undefined && state.decision !== 'Open';
    const users = latest !== undefined ? app.byPeriod.get(latest) : undefined;
    const previousUsers = previous !== undefined ? app.byPeriod.get(previous) : undefined;
    const lastSeen = [...periods].reverse().find((p) => app.departmentsByPeriod.has(p.key))?.key;
    const departments = Array.from((lastSeen !== undefined ? app.departmentsByPeriod.get(lastSeen) : undefined)?.entries() ?? [])
      .map(([department, n]) => ({ department, users: n }))
      .sort((a, b) => b.users - a.users || a.department.localeCompare(b.department));
    const notAi = state?.decision === 'Not AI';
    return {
      key: app.key, name: app.name, domain: app.domain, category: app.category,
      usersByPeriod: Object.fromEntries(app.byPeriod.entries()),
      users: users ?? 0, previousUsers, trend: trendOf(users, previousUsers), departments, match,
      isAi: !notAi && (aiCategory || match !== undefined),
      findings: notAi ? [] : findingsFor(match, aiCategory),
      triage: state, dismissed
    };
  });
  out.sort((a, b) => b.users - a.users || (b.previousUsers ?? 0) - (a.previousUsers ?? 0) || a.name.localeCompare(b.name));
  return { periods, apps: out };
}

/** The open queue: apps with a finding, in use in the latest period or the one before, not dismissed, ranked. */
export function findingsQueue(apps: readonly AppUsage[]): AppUsage[] {
  return apps.filter((a) => a.findings.length > 0 && !a.dismissed && (a.users > 0 || (a.previousUsers ?? 0) > 0));
}
