/**
 * AI literacy rules (EU AI Act Art. 4, issue 19 part 4): when a measure is current, when an acknowledgement counts,
 * and how much of an AI system's user base a current measure covers, with the reasons for any gap. Pure: the data
 * layer reads the items, the UI shows the reasons.
 */
import { judgeAuthoredDecision, type AuthoredDecisionReason } from '../decisions';
import type { PersonRef, Stored } from '../models/common';
import { isKnownPerson, samePerson } from '../ownership/counting';
import { visibleSubsetRows, type BatchedRow } from '../usage/periods';
import { DEFAULT_REFRESH_MONTHS, type LiteracyAcknowledgement, type LiteracyMeasure } from './model';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Midnight UTC of an ISO date or date-time; undefined when it is not one. */
function dayStart(value: string | undefined): number | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
  const time = Date.parse(`${value.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(time) ? undefined : time;
}

/** `YYYY-MM-DD` of `months` after `date` (the day clamped to the month's end: 31 Jan + 1 month = 28/29 Feb). */
export function addMonthsIso(date: string, months: number): string {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The refresh interval used: the stored one when it is a whole number of at least 1, else the default (12). */
export function refreshMonthsOf(measure: LiteracyMeasure): number {
  const months = measure.refreshMonths;
  return typeof months === 'number' && Number.isInteger(months) && months >= 1 ? months : DEFAULT_REFRESH_MONTHS;
}

/** Why a measure is not current. */
export type MeasureState = { readonly current: true; readonly lapsesOn: string } | { readonly current: false; readonly reason: 'notDelivered' } | { readonly current: false; readonly reason: 'lapsed'; readonly lapsedOn: string };

/** A measure is current when delivered (not in the future) and its delivery + refresh interval is not past. */
export function measureState(measure: LiteracyMeasure, now: Date): MeasureState {
  const delivered = dayStart(measure.deliveredOn);
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  if (delivered === undefined || delivered > today) return { current: false, reason: 'notDelivered' };
  const lapsesOn = addMonthsIso(measure.deliveredOn as string, refreshMonthsOf(measure));
  return (dayStart(lapsesOn) as number) <= today ? { current: false, reason: 'lapsed', lapsedOn: lapsesOn } : { current: true, lapsesOn };
}

/** Why an acknowledgement does not count. `notEligible`: its Author is not the person it names. */
export type AcknowledgementReason = AuthoredDecisionReason | 'measureNotCurrent' | 'unknownMeasure';

export type AcknowledgementVerdict = { readonly counts: true } | { readonly counts: false; readonly reason: AcknowledgementReason };

/**
 * An acknowledgement counts only when its Author (set by SharePoint) is the person it names, it is for a current
 * measure, and it was made on or after the day the measure was delivered. The shared decision rule judges it.
 */
export function judgeAcknowledgement(ack: Stored<LiteracyAcknowledgement>, measure: LiteracyMeasure | undefined, now: Date): AcknowledgementVerdict {
  if (!measure) return { counts: false, reason: 'unknownMeasure' };
  const state = measureState(measure, now);
  return judgeAuthoredDecision<Stored<LiteracyAcknowledgement>, 'measureNotCurrent'>(ack, {
    isEligible: (author, decision) => samePerson(author, decision.person),
    isSubject: () => false,
    notBefore: dayStart(measure.deliveredOn),
    extraCheck: () => (state.current ? undefined : 'measureNotCurrent')
  });
}

/** A usage row as coverage needs it (UsageObservations matched to the system). */
export interface LiteracyUsageRow extends BatchedRow {
  readonly department?: string;
  readonly users?: number;
}

/** Why a system's literacy has a gap. */
export type LiteracyGap =
  | { readonly kind: 'noMeasure' }
  | { readonly kind: 'lapsed'; readonly measure: string; readonly since: string }
  | { readonly kind: 'reclassified'; readonly measure: string; readonly delivered: string; readonly classifiedOn: string }
  | { readonly kind: 'departmentsNotCovered'; readonly departments: readonly string[]; readonly users: number }
  | { readonly kind: 'peopleNotAcknowledged'; readonly missing: number; readonly of: number; readonly people: readonly PersonRef[] };

/** A system's literacy coverage and what it was computed from. */
export interface LiteracyCoverage {
  /** Whose share: the usage monitoring's users per department, the measures' named people, or nobody known. */
  readonly basis: 'usage' | 'named' | 'none';
  /** Users (usage) or named people in the denominator. */
  readonly total: number;
  readonly covered: number;
  /** 0-100, rounded; undefined when nobody is known to use the system. */
  readonly percent?: number;
  /** The measures that count for the system now. */
  readonly current: readonly Stored<LiteracyMeasure>[];
  /** Empty when fully covered. */
  readonly gaps: readonly LiteracyGap[];
  /** Per usage department: its users and whether a current measure targets it. */
  readonly departments: readonly { readonly department: string; readonly users: number; readonly covered: boolean }[];
}

/** What coverage needs to know about the system. */
export interface LiteracySystem {
  readonly id: number;
  /** When its current classification was verified (the counting verification's date); a newer one resets measures. */
  readonly classifiedOn?: string;
}

function lines(text: string | undefined): string[] {
  return (text ?? '').split(/\r?\n/).map((v) => v.trim()).filter((v) => v !== '');
}

function key(text: string): string {
  return text.trim().toLocaleLowerCase();
}

/** The departments, missions or roles a measure targets (its values, one per line). */
export function audienceValues(measure: LiteracyMeasure): string[] {
  return lines(measure.audienceValues);
}

/** True when `measure` covers the AI system `systemId`. */
export function coversSystem(measure: LiteracyMeasure, systemId: number): boolean {
  return (measure.coveredSystems ?? []).some((ref) => ref.id === systemId);
}

/**
 * Users per department in the latest period of each department. `rows` are the system's matched rows only, a subset of
 * each import batch, so the batch is chosen by `visibleSubsetRows` (not by counting the batch's rows).
 */
export function usersByDepartment(rows: readonly LiteracyUsageRow[]): Map<string, { department: string; users: number }> {
  const latest = new Map<string, { department: string; period: string; users: number }>();
  for (const row of visibleSubsetRows(rows)) {
    const department = row.department?.trim();
    if (!department) continue;
    const period = (row.periodEnd ?? '').slice(0, 10);
    const users = typeof row.users === 'number' && row.users > 0 ? row.users : 0;
    const seen = latest.get(key(department));
    if (!seen || period > seen.period) latest.set(key(department), { department, period, users });
    else if (period === seen.period) seen.users += users;
  }
  const out = new Map<string, { department: string; users: number }>();
  latest.forEach((value, k) => {
    if (value.users > 0) out.set(k, { department: value.department, users: value.users });
  });
  return out;
}

/**
 * The system's coverage: the share of its users with a current measure. Users come from usage monitoring (latest
 * period per department) when the system has any; a department is covered when a current measure for the system
 * targets it. Otherwise the named people of its measures; each is covered by their own counting acknowledgement of a
 * current measure for the system. A measure delivered before the system's current verified classification does not
 * count (the system was reclassified since). The gaps say why coverage is short.
 */
export function literacyCoverage(
  system: LiteracySystem,
  measures: readonly Stored<LiteracyMeasure>[],
  acknowledgements: readonly Stored<LiteracyAcknowledgement>[],
  usage: readonly LiteracyUsageRow[],
  now: Date
): LiteracyCoverage {
  const mine = measures.filter((m) => coversSystem(m, system.id));
  const classified = dayStart(system.classifiedOn);
  const stale: LiteracyGap[] = [];
  const current = mine.filter((m) => {
    const state = measureState(m, now);
    if (!state.current) {
      if (state.reason === 'lapsed') stale.push({ kind: 'lapsed', measure: m.title, since: state.lapsedOn });
      return false;
    }
    if (classified !== undefined && (dayStart(m.deliveredOn) as number) < classified) {
      stale.push({ kind: 'reclassified', measure: m.title, delivered: (m.deliveredOn as string).slice(0, 10), classifiedOn: (system.classifiedOn as string).slice(0, 10) });
      return false;
    }
    return true;
  });

  const byDepartment = usersByDepartment(usage);
  let result: Omit<LiteracyCoverage, 'gaps' | 'current'>;
  let shortfall: LiteracyGap | undefined;
  if (byDepartment.size > 0) {
    const targeted = new Set(current.filter((m) => m.audienceKind === 'Departments').flatMap((m) => audienceValues(m).map(key)));
    const departments = Array.from(byDepartment.entries())
      .map(([k, v]) => ({ department: v.department, users: v.users, covered: targeted.has(k) }))
      .sort((a, b) => b.users - a.users || a.department.localeCompare(b.department));
    const total = departments.reduce((sum, d) => sum + d.users, 0);
    const covered = departments.filter((d) => d.covered).reduce((sum, d) => sum + d.users, 0);
    const missing = departments.filter((d) => !d.covered);
    result = { basis: 'usage', total, covered, percent: Math.round((covered / total) * 100), departments };
    if (missing.length > 0) shortfall = { kind: 'departmentsNotCovered', departments: missing.map((d) => d.department), users: total - covered };
  } else {
    const named = new Map<number, PersonRef>();
    for (const m of mine) {
      if (m.audienceKind !== 'Named people') continue;
      for (const person of m.audiencePeople ?? []) if (isKnownPerson(person) && !named.has(person.id)) named.set(person.id, person);
    }
    if (named.size > 0) {
      const currentById = new Map(current.filter((m) => m.audienceKind === 'Named people').map((m) => [m.id, m] as const));
      const done = new Set<number>();
      for (const ack of acknowledgements) {
        const measure = currentById.get(ack.measure?.id);
        if (!measure || !ack.author || !(measure.audiencePeople ?? []).some((p) => samePerson(p, ack.author))) continue;
        if (judgeAcknowledgement(ack, measure, now).counts) done.add(ack.author.id);
      }
      const people = Array.from(named.values());
      const missing = people.filter((p) => !done.has(p.id));
      const covered = people.length - missing.length;
      result = { basis: 'named', total: people.length, covered, percent: Math.round((covered / people.length) * 100), departments: [] };
      if (missing.length > 0) shortfall = { kind: 'peopleNotAcknowledged', missing: missing.length, of: people.length, people: missing };
    } else {
      // Audiences by role or mission, and no usage seen: nobody to count (the section says so; not a gap).
      result = { basis: 'none', total: 0, covered: 0, departments: [] };
    }
  }

  // Lapsed and reclassified measures are reasons only while something is short: a renewed measure replaces them.
  const gaps: LiteracyGap[] = [];
  if (mine.length === 0) gaps.push({ kind: 'noMeasure' });
  else if (current.length === 0 || shortfall) gaps.push(...stale);
  if (current.length === 0 && mine.length > 0 && stale.length === 0) gaps.push({ kind: 'noMeasure' });
  if (shortfall) gaps.push(shortfall);
  return { ...result, current, gaps };
}

/** True when the system's literacy has a gap (any reason). */
export function hasLiteracyGap(coverage: LiteracyCoverage): boolean {
  return coverage.gaps.length > 0;
}
