/** What an AI system's linked datasets say about the data it touches. */
import { DEFAULT_SENSITIVITY_LEVELS } from '../models/dataAsset';
import type { DataAsset } from '../models/dataAsset';

/** A linked dataset as the AI registry needs it. */
export type LinkedDatasetFacts = Pick<DataAsset, 'declaredSensitivity' | 'containsPersonalData'>;

/** Summary over the linked datasets. */
export interface LinkedDataSummary {
  /** The highest declared sensitivity among them; undefined when none declares one. */
  readonly highestSensitivity?: string;
  /** True when any of them contains personal data. */
  readonly personalData: boolean;
  /** How many declare no sensitivity (the highest may then be understated). */
  readonly undeclared: number;
}

/**
 * The highest declared sensitivity (by the rank order of `levels`, lowest first) and whether any dataset holds personal
 * data. A value outside `levels` ranks above every known one: an unknown label is treated as the most sensitive.
 */
export function summariseLinkedData(datasets: readonly LinkedDatasetFacts[], levels: readonly string[] = DEFAULT_SENSITIVITY_LEVELS): LinkedDataSummary {
  let highest: string | undefined;
  let highestRank = -1;
  let undeclared = 0;
  for (const dataset of datasets) {
    const level = dataset.declaredSensitivity;
    if (!level) {
      undeclared++;
      continue;
    }
    const known = levels.indexOf(level);
    const rank = known < 0 ? levels.length : known;
    if (rank > highestRank) {
      highestRank = rank;
      highest = level;
    }
  }
  return { highestSensitivity: highest, personalData: datasets.some((d) => d.containsPersonalData === true), undeclared };
}
