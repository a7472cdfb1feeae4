/**
 * The OECD Recommendation of the Council on Artificial Intelligence (OECD/LEGAL/0449, 2019, amended May 2024): the
 * five values-based principles (section 1) and the five recommendations to governments (section 2), numbered as the
 * Recommendation numbers them, titles as amended in 2024, shortened.
 */
import type { FrameworkControl } from './types';

const PRINCIPLES = 'Values-based principles (section 1)';
const RECOMMENDATIONS = 'Recommendations for policy makers (section 2)';

/** The ten principles and recommendations. */
export function oecdControls(): FrameworkControl[] {
  const rows: readonly (readonly [string, string, string])[] = [
    ['1.1', 'Inclusive growth, sustainable development and well-being', PRINCIPLES],
    ['1.2', 'Respect for the rule of law, human rights and democratic values, including fairness and privacy', PRINCIPLES],
    ['1.3', 'Transparency and explainability', PRINCIPLES],
    ['1.4', 'Robustness, security and safety', PRINCIPLES],
    ['1.5', 'Accountability', PRINCIPLES],
    ['2.1', 'Investing in AI research and development', RECOMMENDATIONS],
    ['2.2', 'Fostering an inclusive AI-enabling ecosystem', RECOMMENDATIONS],
    ['2.3', 'Enabling an interoperable governance and policy environment for AI', RECOMMENDATIONS],
    ['2.4', 'Building human capacity and preparing for labour market transition', RECOMMENDATIONS],
    ['2.5', 'International co-operation for trustworthy AI', RECOMMENDATIONS]
  ];
  return rows.map(([id, title, group]) => ({ framework: 'oecd' as const, id, title, group }));
}
