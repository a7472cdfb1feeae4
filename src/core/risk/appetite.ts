/**
 * Risk appetite (GovernanceSettings key `riskAppetite`): the highest score the organisation accepts without a
 * governance lead's decision. The setting is JSON: a bare number (`9`) or `{"maxScore": 9}`.
 */

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
