/**
 * Risk appetite (GovernanceSettings key `riskAppetite`): the highest score the organisation accepts without a
 * governance lead's decision. The setting is JSON: a bare number (`9`) or `{"maxScore": 9}`.
 */
import { leadSettingState } from '../settings/leadSetting';

/** Default appetite: Medium (scores up to 9) is acceptable by the risk's own people; High and Critical need a lead. */
export const DEFAULT_RISK_APPETITE = 9;

/** The appetite from the setting's JSON text; the default when absent or not a whole number 1-25. */
export function parseRiskAppetite(value: string | undefined): number {
  if (value === undefined || value.trim() === '') {
    return DEFAULT_RISK_APPETITE;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return DEFAULT_RISK_APPETITE;
  }
  const candidate = typeof parsed === 'object' && parsed !== null ? (parsed as { maxScore?: unknown }).maxScore : parsed;
  return typeof candidate === 'number' && Number.isInteger(candidate) && candidate >= 1 && candidate <= 25 ? candidate : DEFAULT_RISK_APPETITE;
}

/** True when a score is above the appetite (equal is within it). */
export function exceedsAppetite(score: number, appetite: number): boolean {
  return score > appetite;
}

/** The appetite in force and whether the stored setting was ignored. */
export interface AppetiteInForce {
  readonly appetite: number;
  /** The setting exists but was last changed by someone outside the leads group: the default applies. */
  readonly ignored: boolean;
}

/**
 * The appetite decides who may accept a risk, so it counts only when the setting was last changed by a governance
 * lead (its Editor, set by SharePoint). Provisioning lets only leads write GovernanceSettings; this re-check keeps
 * the rule sound on a site where that permission was widened by hand (issue 23, attack 3).
 */
export function appetiteInForce(setting: { readonly value?: string; readonly editor?: { readonly id: number } } | undefined, leadIds: readonly number[]): AppetiteInForce {
  const state = leadSettingState(setting, leadIds);
  if (state !== 'inForce') return { appetite: DEFAULT_RISK_APPETITE, ignored: state === 'ignored' };
  return { appetite: parseRiskAppetite(setting?.value), ignored: false };
}
