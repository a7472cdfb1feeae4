/** Pure model of the 5x5 heat map: which risks sit in which cell, inherent or residual (no React). */
import type { Stored } from '../../core/models/common';
import type { Risk, RiskLevel } from '../../core/models/risk';
import { hasResidual, riskLevel, riskScore } from '../../core/risk';

export type HeatMapMode = 'inherent' | 'residual';

/** One cell: likelihood and impact 1-5, its level, and the risks placed there in each mode. */
export interface HeatMapCell {
  readonly likelihood: number;
  readonly impact: number;
  readonly level: RiskLevel;
  readonly inherent: readonly Stored<Risk>[];
  readonly residual: readonly Stored<Risk>[];
}

/** Where a risk sits in a mode. Residual mode places a risk not yet assessed after controls at its inherent cell. */
export function cellOf(risk: Risk, mode: HeatMapMode): { likelihood: number; impact: number } {
  return mode === 'residual' && hasResidual(risk)
    ? { likelihood: risk.residualLikelihood as number, impact: risk.residualImpact as number }
    : { likelihood: risk.likelihood, impact: risk.impact };
}

function valid(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= 5;
}

/** The 25 cells, rows by likelihood 5 (top) to 1, columns by impact 1 to 5. Closed risks are left out. */
export function buildHeatMap(risks: readonly Stored<Risk>[]): HeatMapCell[][] {
  const rows: { likelihood: number; impact: number; level: RiskLevel; inherent: Stored<Risk>[]; residual: Stored<Risk>[] }[][] = [];
  for (let likelihood = 5; likelihood >= 1; likelihood--) {
    const row = [];
    for (let impact = 1; impact <= 5; impact++) {
      row.push({ likelihood, impact, level: riskLevel(riskScore(likelihood, impact)), inherent: [] as Stored<Risk>[], residual: [] as Stored<Risk>[] });
    }
    rows.push(row);
  }
  for (const risk of risks) {
    if (risk.status === 'Closed') continue;
    for (const mode of ['inherent', 'residual'] as const) {
      const at = cellOf(risk, mode);
      if (valid(at.likelihood) && valid(at.impact)) rows[5 - at.likelihood][at.impact - 1][mode].push(risk);
    }
  }
  return rows;
}

/** Colours of a level on a theme. Each pair has a contrast ratio of at least 4.5:1 (text on fill). */
export interface LevelColours {
  readonly background: string;
  readonly text: string;
  readonly border: string;
}

const LIGHT: Readonly<Record<RiskLevel, LevelColours>> = {
  Low: { background: '#dff6dd', text: '#0b3b0b', border: '#107c10' },
  Medium: { background: '#fff4ce', text: '#4a3b00', border: '#986f0b' },
  High: { background: '#fed9cc', text: '#5c1a00', border: '#d83b01' },
  Critical: { background: '#a4262c', text: '#ffffff', border: '#750b1c' }
};

const DARK: Readonly<Record<RiskLevel, LevelColours>> = {
  Low: { background: '#0b3b0b', text: '#dff6dd', border: '#54b054' },
  Medium: { background: '#4a3b00', text: '#fff4ce', border: '#c8a93a' },
  High: { background: '#6b2500', text: '#ffe3d6', border: '#f08a5d' },
  Critical: { background: '#8a1c22', text: '#ffffff', border: '#ff8c8c' }
};

/** Minimal theme facts the colours depend on. */
export interface ThemeFacts {
  readonly isInverted?: boolean;
  /** Page background and text: in a high-contrast theme the cells use them, with the level as text and border weight. */
  readonly background: string;
  readonly text: string;
  readonly accent: string;
}

/** True for a high-contrast theme: pure black or white page with pure white or black text. */
export function isHighContrast(facts: ThemeFacts): boolean {
  const bg = facts.background.toLowerCase();
  const fg = facts.text.toLowerCase();
  return (bg === '#000000' && fg === '#ffffff') || (bg === '#ffffff' && fg === '#000000' && facts.accent.toLowerCase() === '#000000');
}

/** The colours of a level on this theme; high contrast keeps the theme's own two colours (levels are written out). */
export function levelColours(level: RiskLevel, facts: ThemeFacts): LevelColours {
  if (isHighContrast(facts)) return { background: facts.background, text: facts.text, border: facts.accent };
  return (facts.isInverted ? DARK : LIGHT)[level];
}
