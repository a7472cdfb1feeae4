/**
 * The scorecard's privacy figures (issue 17 part 5): per region and per mission, the records of processing that
 * lack a legal basis, are past their review, need a DPIA and name none, or have DPIAs of which none is validated.
 * Pure: the scorecard's source reads the records and derives each DPIA's state from its decision items, this counts
 * them, the UI shows them.
 */
import type { Stored } from '../models/common';
import type { ProcessingActivity } from './model';
import { dpiaMissing } from './screening';

export const PRIVACY_FIGURES = ['missingLegalBasis', 'overdueReview', 'dpiaMissing', 'dpiaNotValidated'] as const;
export type PrivacyFigure = (typeof PRIVACY_FIGURES)[number];

/** One row of the figures: a region, or a mission of a region. */
export interface PrivacyScopeFigures {
  readonly region: string;
  /** Absent on a region's row. */
  readonly mission?: string;
  readonly records: number;
  readonly missingLegalBasis: number;
  readonly overdueReview: number;
  readonly dpiaMissing: number;
  readonly dpiaNotValidated: number;
}

/** A record that at least one figure counts: what the drill-down lists. */
export interface PrivacyFlaggedRecord {
  readonly id: number;
  readonly title: string;
  readonly region: string;
  readonly mission: string;
  readonly figures: readonly PrivacyFigure[];
  readonly reviewDate?: string;
}

export interface PrivacyFigures {
  readonly regions: readonly PrivacyScopeFigures[];
  readonly missions: readonly PrivacyScopeFigures[];
  readonly flagged: readonly PrivacyFlaggedRecord[];
}

/** The columns the figures read: the source selects only these (the owner: who may validate the record's DPIA). */
export const PRIVACY_FIGURE_FIELDS = ['title', 'role', 'legalBasis', 'region', 'mission', 'reviewDate', 'dpiaRequired', 'dpiaLink', 'owner'] as const;

export type PrivacyFigureInput = Pick<Stored<ProcessingActivity>, 'id' | (typeof PRIVACY_FIGURE_FIELDS)[number]>;

/**
 * What each figure counts in one record. A controller record needs its Art. 6 basis (Art. 30(2) processor records
 * carry none: the controller answers for it); a review is overdue when its date has passed or none was ever set
 * (`today` is YYYY-MM-DD, compared as text since both are ISO dates).
 */
export function figuresOf(record: PrivacyFigureInput, today: string, dpiaStates: readonly string[] = []): PrivacyFigure[] {
  const out: PrivacyFigure[] = [];
  if (record.role !== 'Processor' && !record.legalBasis) out.push('missingLegalBasis');
  const review = record.reviewDate?.slice(0, 10);
  if (review === undefined || review === '' || review < today) out.push('overdueReview');
  if (dpiaMissing(record)) out.push('dpiaMissing');
  // A record with DPIAs in the suite of which none is validated (yet, or any more: a changed one returns to draft).
  if (dpiaStates.length > 0 && !dpiaStates.includes('Validated')) out.push('dpiaNotValidated');
  return out;
}

interface Counter {
  region: string;
  mission?: string;
  records: number;
  missingLegalBasis: number;
  overdueReview: number;
  dpiaMissing: number;
  dpiaNotValidated: number;
}

function counter(map: Map<string, Counter>, key: string, region: string, mission?: string): Counter {
  let found = map.get(key);
  if (found === undefined) {
    found = { region, mission, records: 0, missingLegalBasis: 0, overdueReview: 0, dpiaMissing: 0, dpiaNotValidated: 0 };
    map.set(key, found);
  }
  return found;
}

const byName = (a: PrivacyScopeFigures, b: PrivacyScopeFigures): number => a.region.localeCompare(b.region) || (a.mission ?? '').localeCompare(b.mission ?? '');

/**
 * Counts the register per region and per mission; records without a region or mission count under ''.
 * `dpiaStates`: per processing activity id, the derived states of its DPIAs (none: the activity has no DPIA in the suite).
 */
export function privacyFigures(records: readonly PrivacyFigureInput[], today: string, dpiaStates: ReadonlyMap<number, readonly string[]> = new Map()): PrivacyFigures {
  const regions = new Map<string, Counter>();
  const missions = new Map<string, Counter>();
  const flagged: PrivacyFlaggedRecord[] = [];
  for (const record of records) {
    const region = record.region ?? '';
    const mission = record.mission ?? '';
    const figures = figuresOf(record, today, dpiaStates.get(record.id));
    for (const row of [counter(regions, region, region), counter(missions, `${region}\u0000${mission}`, region, mission)]) {
      row.records += 1;
      for (const figure of figures) row[figure] += 1;
    }
    if (figures.length > 0) flagged.push({ id: record.id, title: record.title, region, mission, figures, reviewDate: record.reviewDate?.slice(0, 10) });
  }
  flagged.sort((a, b) => a.title.localeCompare(b.title) || a.id - b.id);
  return { regions: [...regions.values()].sort(byName), missions: [...missions.values()].sort(byName), flagged };
}
