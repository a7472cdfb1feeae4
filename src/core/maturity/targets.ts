/**
 * Target maturity level per DMBOK area (GovernanceSettings key `maturityTargets`, issue 18 part 2): JSON keyed by
 * the `dmbok-maturity` template's section ids, e.g. `{"governance": 4, "quality": 3}`. An area the setting does not
 * name, or names with anything but a whole level 1-5, has the default target.
 */
import { leadSettingState } from '../settings/leadSetting';

/** The setting's key in GovernanceSettings. */
export const MATURITY_TARGETS_KEY = 'maturityTargets';

/** Target of an area no lead set: "defined" (level 3), the usual first goal of a maturity programme. */
export const DEFAULT_MATURITY_TARGET = 3;

/** Targets by area id; absent areas take {@link DEFAULT_MATURITY_TARGET}. */
export type MaturityTargets = Readonly<Record<string, number>>;

function isLevel(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 5;
}

/** The targets a setting's JSON holds; entries that are not a whole level 1-5 are left out (their default applies). */
export function parseMaturityTargets(value: string | undefined): MaturityTargets {
  if (value === undefined || value.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  const out: Record<string, number> = {};
  for (const [area, level] of Object.entries(parsed as Record<string, unknown>)) {
    if (isLevel(level)) out[area] = level;
  }
  return out;
}

/** An area's target: the lead's, else the default. */
export function targetFor(targets: MaturityTargets, area: string): number {
  return Object.prototype.hasOwnProperty.call(targets, area) ? targets[area] : DEFAULT_MATURITY_TARGET;
}

/** The targets in force and where they come from. */
export interface TargetsInForce {
  readonly targets: MaturityTargets;
  /** The setting exists but was last changed by someone outside the leads group: every area has the default. */
  readonly ignored: boolean;
  /** No setting at all: every area has the default. */
  readonly absent: boolean;
}

/**
 * Targets are the leads' statement of ambition, so, like the risk appetite (`appetiteInForce`), the setting counts
 * only when its Editor (set by SharePoint) is a governance lead; otherwise every area has the default.
 */
export function targetsInForce(setting: { readonly value?: string; readonly editor?: { readonly id: number } } | undefined, leadIds: readonly number[]): TargetsInForce {
  const state = leadSettingState(setting, leadIds);
  if (state !== 'inForce') return { targets: {}, ignored: state === 'ignored', absent: state === 'absent' };
  return { targets: parseMaturityTargets(setting?.value), ignored: false, absent: false };
}

/** What a target field in the lead's dialog may be wrong with. */
export type TargetIssueCode = 'notALevel' | 'unknownArea';

/**
 * Checks targets before saving: each must be a whole level 1-5 for an area of the template. Returns the problems by
 * area (empty: valid). Text fields give strings; "4" is read as 4, "4.5" or "high" are not levels.
 */
export function validateTargets(values: Readonly<Record<string, unknown>>, areaIds: readonly string[]): { readonly area: string; readonly code: TargetIssueCode }[] {
  const issues: { area: string; code: TargetIssueCode }[] = [];
  for (const [area, raw] of Object.entries(values)) {
    if (!areaIds.includes(area)) {
      issues.push({ area, code: 'unknownArea' });
      continue;
    }
    const level = typeof raw === 'string' && /^\s*\d+\s*$/.test(raw) ? Number(raw) : raw;
    if (!isLevel(level)) issues.push({ area, code: 'notALevel' });
  }
  return issues;
}

/** The setting's JSON for `targets` (areas in the order given). */
export function serializeMaturityTargets(targets: MaturityTargets, areaIds: readonly string[]): string {
  const out: Record<string, number> = {};
  for (const area of areaIds) out[area] = targetFor(targets, area);
  return JSON.stringify(out);
}
