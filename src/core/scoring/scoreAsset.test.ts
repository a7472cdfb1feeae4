/* eslint-disable no-script-url -- these tests feed script URLs to the code that must refuse them */
import type { DataAsset } from '../models/dataAsset';
import { bandOf, roundTo, scoreAsset } from './scoreAsset';
import type { AssetScore, ScoreContext, ScoreDimension, ScoreDimensionKey } from './types';
import { DEFAULT_SCORE_WEIGHTS } from './types';
import { addUtcMonths, parseIsoDate } from '../validation/isoDate';

const NOW = new Date('2026-11-23T15:00:00Z');

/** A fully documented asset that scores 100 with an approved custodian and a matching label. */
function perfectAsset(overrides: Partial<DataAsset> = {}): DataAsset {
  return {
    title: 'Displacement tracking round 12',
    description: 'Site assessments',
    domain: 'Displacement tracking',
    owner: { id: 1, title: 'Owner' },
    custodian: { id: 2, title: 'Custodian' },
    locationUrl: { url: 'https://contoso.sharepoint.com/sites/dtm' },
    storageSystem: 'SharePoint Online',
    declaredSensitivity: 'Confidential',
    containsPersonalData: true,
    dataSubjects: ['Internally displaced persons'],
    legalBasis: 'Consent',
    retentionPeriod: '5 years',
    lastReviewed: '2026-06-01',
    reviewCycleMonths: 12,
    ownershipStatus: 'Confirmed',
    lifecycle: 'Active',
    ...overrides
  };
}

function context(overrides: Partial<ScoreContext> = {}): ScoreContext {
  return { now: NOW, labelRank: 2, custodianApprovalValid: true, ...overrides };
}

function dim(result: AssetScore, key: ScoreDimensionKey): ScoreDimension {
  const found = result.dimensions.find((d) => d.key === key);
  if (found === undefined) {
    throw new Error(`no dimension ${key}`);
  }
  return found;
}

describe('scoreAsset', () => {
  it('gives a complete, approved, correctly labelled, fresh asset 100 with nothing missing', () => {
    const result = scoreAsset(perfectAsset(), context());
    expect(result.score).toBe(100);
    expect(result.band).toBe('Healthy');
    expect(result.dimensions.map((d) => [d.key, d.weight, d.value, d.points])).toEqual([
      ['ownership', 30, 1, 30],
      ['sensitivity', 25, 1, 25],
      ['location', 15, 1, 15],
      ['documentation', 15, 1, 15],
      ['freshness', 15, 1, 15]
    ]);
    result.dimensions.forEach((d) => expect(d.missing).toEqual([]));
  });

  it('gives an empty asset only the unconditional shares', () => {
    const empty: DataAsset = { title: 'x', containsPersonalData: false, reviewCycleMonths: 12, ownershipStatus: 'Unassigned', lifecycle: 'Active' };
    const result = scoreAsset(empty, { now: NOW, custodianApprovalValid: false });
    // sensitivity: no personal data 0.25 + label not checkable 0.125 = 0.375 x 25 = 9.375
    expect(result.score).toBe(9.4);
    expect(result.band).toBe('At risk');
    expect(dim(result, 'ownership').missing).toEqual(['owner', 'custodian', 'custodianApproval']);
    expect(dim(result, 'sensitivity').missing).toEqual(['declaredSensitivity', 'labelNotCheckable']);
    expect(dim(result, 'location').missing).toEqual(['locationUrl', 'storageSystem']);
    expect(dim(result, 'documentation').missing).toEqual(['description', 'domain', 'dataSubjects', 'retentionPeriod']);
    expect(dim(result, 'freshness').missing).toEqual(['neverReviewed']);
  });

  describe('ownership', () => {
    it('scores owner 0.3, custodian 0.3, approval 0.4', () => {
      expect(dim(scoreAsset(perfectAsset(), context({ custodianApprovalValid: false })), 'ownership')).toMatchObject({ value: 0.6, points: 18, missing: ['custodianApproval'] });
      expect(dim(scoreAsset(perfectAsset({ owner: undefined }), context()), 'ownership')).toMatchObject({ value: 0.7, points: 21, missing: ['owner'] });
    });

    it('gives no approval credit without a custodian', () => {
      expect(dim(scoreAsset(perfectAsset({ custodian: undefined }), context({ custodianApprovalValid: true })), 'ownership')).toMatchObject({
        value: 0.3,
        missing: ['custodian', 'custodianApproval']
      });
    });
  });

  describe('sensitivity', () => {
    it('penalises personal data declared below Confidential', () => {
      const result = scoreAsset(perfectAsset({ declaredSensitivity: 'Internal' }), context({ labelRank: 1 }));
      expect(dim(result, 'sensitivity')).toMatchObject({ value: 0.75, points: 18.75, missing: ['personalDataBelowConfidential'] });
      expect(result.score).toBe(93.8);
    });

    it('accepts Highly Confidential for personal data and ignores the rule without personal data', () => {
      expect(dim(scoreAsset(perfectAsset({ declaredSensitivity: 'Highly Confidential' }), context({ labelRank: 3 })), 'sensitivity').value).toBe(1);
      expect(dim(scoreAsset(perfectAsset({ declaredSensitivity: 'Public', containsPersonalData: false }), context({ labelRank: 0 })), 'sensitivity').value).toBe(1);
    });

    it('gives half the label share when the label is not checkable or unknown', () => {
      for (const labelRank of ['notCheckable', undefined] as const) {
        expect(dim(scoreAsset(perfectAsset(), context({ labelRank })), 'sensitivity')).toMatchObject({ value: 0.875, points: 21.88, missing: ['labelNotCheckable'] });
      }
      expect(scoreAsset(perfectAsset(), context({ labelRank: 'notCheckable' })).score).toBe(96.9);
    });

    it('flags an under-labelled asset and accepts a label above the declared level', () => {
      expect(dim(scoreAsset(perfectAsset(), context({ labelRank: 1 })), 'sensitivity')).toMatchObject({ value: 0.75, missing: ['underLabelled'] });
      expect(dim(scoreAsset(perfectAsset(), context({ labelRank: 3 })), 'sensitivity').value).toBe(1);
    });

    it('uses a custom taxonomy in its own order', () => {
      const ranks = ['General', 'Restricted', 'Secret'];
      const asset = perfectAsset({ declaredSensitivity: 'Restricted' });
      // 'Confidential' is absent, so the upper half counts: Restricted and above (index floor(3 / 2) = 1).
      expect(dim(scoreAsset(asset, context({ sensitivityRanks: ranks, labelRank: 1 })), 'sensitivity').value).toBe(1);
      expect(dim(scoreAsset(asset, context({ sensitivityRanks: ranks, labelRank: 0 })), 'sensitivity').missing).toEqual(['underLabelled']);
      expect(dim(scoreAsset(asset, context({ sensitivityRanks: ranks, personalDataMinimumLevel: 'Secret', labelRank: 2 })), 'sensitivity').missing).toEqual([
        'personalDataBelowConfidential'
      ]);
    });

    it('treats a declared level outside the taxonomy as not declared', () => {
      expect(dim(scoreAsset(perfectAsset({ declaredSensitivity: 'Top secret' }), context()), 'sensitivity')).toMatchObject({
        value: 0.25,
        missing: ['declaredSensitivity', 'personalDataBelowConfidential']
      });
    });
  });

  describe('location', () => {
    it('needs a valid http(s) URL for its 0.6', () => {
      expect(dim(scoreAsset(perfectAsset({ locationUrl: { url: 'javascript:alert(1)' } }), context()), 'location')).toMatchObject({ value: 0.4, points: 6, missing: ['locationUrl'] });
      expect(dim(scoreAsset(perfectAsset({ locationUrl: { url: '\\\\fileserver\\share' } }), context()), 'location').value).toBe(0.4);
      expect(dim(scoreAsset(perfectAsset({ storageSystem: ' ' }), context()), 'location')).toMatchObject({ value: 0.6, missing: ['storageSystem'] });
    });
  });

  describe('documentation', () => {
    it('counts LegalBasis only with personal data', () => {
      expect(dim(scoreAsset(perfectAsset({ legalBasis: undefined }), context()), 'documentation')).toMatchObject({ value: 0.8, points: 12, missing: ['legalBasis'] });
      expect(dim(scoreAsset(perfectAsset({ legalBasis: undefined, containsPersonalData: false }), context()), 'documentation').value).toBe(1);
      expect(dim(scoreAsset(perfectAsset({ description: '', containsPersonalData: false }), context()), 'documentation')).toMatchObject({ value: 0.75, points: 11.25 });
    });

    it('needs at least one data subject', () => {
      expect(dim(scoreAsset(perfectAsset({ dataSubjects: [] }), context()), 'documentation').missing).toEqual(['dataSubjects']);
    });
  });

  describe('freshness', () => {
    const fresh = (lastReviewed: string | undefined, reviewCycleMonths = 12, now = NOW): ScoreDimension =>
      dim(scoreAsset(perfectAsset({ lastReviewed, reviewCycleMonths }), context({ now })), 'freshness');

    it('counts a review exactly at the cycle limit as within the cycle', () => {
      expect(fresh('2025-11-23')).toMatchObject({ value: 1, missing: [] });
      expect(fresh('2025-11-22')).toMatchObject({ value: 0.5, missing: ['reviewOverdue'] });
    });

    it('gives 0.5 up to exactly twice the cycle and 0 after', () => {
      expect(fresh('2024-11-23')).toMatchObject({ value: 0.5, points: 7.5 });
      expect(fresh('2024-11-22')).toMatchObject({ value: 0, missing: ['reviewOverdue'] });
    });

    it('uses the asset\'s own cycle', () => {
      expect(fresh('2026-05-23', 6).value).toBe(1);
      expect(fresh('2026-05-22', 6).value).toBe(0.5);
      expect(fresh('2025-11-23', 6).value).toBe(0.5);
      expect(fresh('2025-11-22', 6).value).toBe(0);
    });

    it('clamps month ends and reads date-times by their UTC day', () => {
      expect(fresh('2025-02-28', 12, new Date('2026-02-28T23:59:59Z')).value).toBe(1);
      expect(fresh('2024-02-29', 12, new Date('2025-02-28T00:00:00Z')).value).toBe(1);
      expect(fresh('2024-02-29', 12, new Date('2025-03-01T00:00:00Z')).value).toBe(0.5);
      expect(fresh('2025-11-23T22:00:00Z').value).toBe(1);
    });

    it('reads offsets, fractions and invalid times the same way as plain dates', () => {
      // 23:30 at -02:00 is 01:30 UTC the next day: the 24th is within the cycle, the 22nd at +02:00 is not.
      expect(fresh('2025-11-22T23:30:00-02:00').value).toBe(1);
      expect(fresh('2025-11-23T01:00:00+02:00').value).toBe(0.5);
      expect(fresh('2025-11-23T10:00:00.123Z').value).toBe(1);
      expect(fresh('2025-11-23T24:00:00Z')).toMatchObject({ value: 0, missing: ['neverReviewed'] });
      expect(fresh('2025-11-3')).toMatchObject({ value: 0, missing: ['neverReviewed'] });
      expect(fresh(' 2025-11-23')).toMatchObject({ value: 0, missing: ['neverReviewed'] });
    });

    it('agrees with calendar month arithmetic on Dates over years, month ends, leap days and years 0-99', () => {
      const dayOf = (date: Date): number => Math.floor(date.getTime() / 86400000);
      const expected = (reviewed: Date, cycle: number, now: Date): number => {
        if (dayOf(now) <= dayOf(addUtcMonths(reviewed, cycle))) return 1;
        return dayOf(now) <= dayOf(addUtcMonths(reviewed, cycle * 2)) ? 0.5 : 0;
      };
      const cases: string[] = [];
      for (const year of ['0050', '0099', '1899', '1900', '1999', '2000', '2023', '2024', '2025', '2100']) {
        for (const monthDay of ['01-31', '02-28', '02-29', '03-31', '08-31', '11-30', '12-31']) cases.push(`${year}-${monthDay}`);
      }
      for (const text of cases.filter((t) => parseIsoDate(t) !== undefined)) {
        const reviewed = parseIsoDate(text) as Date;
        for (const cycle of [1, 6, 12, 13, 24, 1200]) {
          // "Now" on each side of the one- and two-cycle limits.
          for (const months of [cycle, cycle * 2]) {
            const limit = addUtcMonths(reviewed, months);
            for (const shift of [0, 1]) {
              const now = new Date(limit.getTime() + shift * 86400000 + 3600000);
              expect([text, cycle, now.toISOString(), fresh(text, cycle, now).value]).toEqual([text, cycle, now.toISOString(), expected(reviewed, cycle, now)]);
            }
          }
        }
      }
    });

    it('scores never reviewed, unparseable and future reviews', () => {
      expect(fresh(undefined)).toMatchObject({ value: 0, missing: ['neverReviewed'] });
      expect(fresh('2026-02-30')).toMatchObject({ value: 0, missing: ['neverReviewed'] });
      expect(fresh('2027-01-01').value).toBe(1);
    });
  });

  describe('shared breakdowns', () => {
    it('gives assets with the same gaps one frozen breakdown, and a different one when anything differs', () => {
      const first = scoreAsset(perfectAsset({ custodian: undefined }), context());
      const second = scoreAsset(perfectAsset({ custodian: undefined, title: 'Another dataset' }), context());
      expect(second).toBe(first);
      expect(Object.isFrozen(first) && Object.isFrozen(first.dimensions) && Object.isFrozen(dim(first, 'ownership').missing)).toBe(true);
      expect(scoreAsset(perfectAsset({ custodian: undefined, storageSystem: '' }), context())).not.toBe(first);
    });

    it('scores with the weights of each call, not those of the previous one', () => {
      const even = { ownership: 20, sensitivity: 20, location: 20, documentation: 20, freshness: 20 };
      const asset = perfectAsset({ custodian: undefined });
      expect(scoreAsset(asset, context()).score).toBe(79);
      expect(scoreAsset(asset, context({ weights: even })).score).toBe(86);
      expect(scoreAsset(asset, context()).score).toBe(79);
    });
  });

  describe('weights and rounding', () => {
    it('defaults to 30/25/15/15/15', () => {
      expect(DEFAULT_SCORE_WEIGHTS).toEqual({ ownership: 30, sensitivity: 25, location: 15, documentation: 15, freshness: 15 });
    });

    it('applies custom weights', () => {
      const weights = { ownership: 50, sensitivity: 20, location: 10, documentation: 10, freshness: 10 };
      const result = scoreAsset(perfectAsset({ owner: undefined, lastReviewed: undefined }), context({ weights }));
      expect(dim(result, 'ownership')).toMatchObject({ weight: 50, points: 35 });
      expect(result.score).toBe(75);
    });

    it('scales weights that do not sum to 100 and rejects unusable ones', () => {
      const weights = { ownership: 3, sensitivity: 2.5, location: 1.5, documentation: 1.5, freshness: 1.5 };
      expect(scoreAsset(perfectAsset({ custodian: undefined }), context({ weights })).score).toBe(79);
      expect(() => scoreAsset(perfectAsset(), context({ weights: { ...weights, location: -1 } }))).toThrow(RangeError);
      expect(() => scoreAsset(perfectAsset(), context({ weights: { ownership: 0, sensitivity: 0, location: 0, documentation: 0, freshness: 0 } }))).toThrow(
        'At least one score weight must be above 0.'
      );
    });

    it('rounds the score to one decimal, half up, despite floating-point noise', () => {
      // 0.3 x 30 = 8.999999999999998 in binary; the score must still be a clean 79 (no custodian: 30 x 0.3 lost).
      expect(scoreAsset(perfectAsset({ custodian: undefined }), context()).score).toBe(79);
      expect(roundTo(79.94999999999999, 1)).toBe(80);
      expect(roundTo(63.125, 1)).toBe(63.1);
      expect(roundTo(9.375, 1)).toBe(9.4);
      expect(roundTo(21.875, 2)).toBe(21.88);
    });

    it('rounds as the decimal text of the value would, over sums of weighted fortieths', () => {
      // The former implementation, kept as the oracle: rounding through toFixed(6) text.
      const oracle = (value: number, decimals: number): number => {
        const factor = Math.pow(10, decimals);
        return Math.round(parseFloat((value * factor).toFixed(6))) / factor;
      };
      const weights = [30, 25, 15, 15, 15, 20, 3, 2.5, 1.5];
      for (let n = 0; n <= 4000; n++) {
        const value = (n / 40) * weights[n % weights.length] / 100 + (n % 7) * 0.1 + (n % 3) * 0.3;
        for (const decimals of [0, 1, 2, 3, 4]) {
          expect([value, decimals, roundTo(value, decimals)]).toEqual([value, decimals, oracle(value, decimals)]);
          expect(roundTo(value / 3, decimals)).toBe(oracle(value / 3, decimals));
        }
      }
    });

    it('lands on band edges exactly', () => {
      // Freshness 0.5 (7.5 points lost) and label not checkable (3.125 lost): 100 - 7.5 - 3.125 = 89.375 -> 89.4
      expect(scoreAsset(perfectAsset({ lastReviewed: '2025-01-01' }), context({ labelRank: 'notCheckable' })).score).toBe(89.4);
      // No custodian loses 0.3 + 0.4 of 30 = 21 points: 79, Needs attention.
      expect(scoreAsset(perfectAsset({ custodian: undefined }), context()).band).toBe('Needs attention');
      const even = { ownership: 20, sensitivity: 20, location: 20, documentation: 20, freshness: 20 };
      const at80 = scoreAsset(perfectAsset({ lastReviewed: undefined }), context({ weights: even }));
      expect([at80.score, at80.band]).toEqual([80, 'Healthy']);
      // No owner, custodian or review (40 lost) and 2 of 4 descriptive fields (10 lost): exactly 50.
      const noPersonalData = { containsPersonalData: false, declaredSensitivity: 'Internal', owner: undefined, custodian: undefined, lastReviewed: undefined };
      const at50 = scoreAsset(perfectAsset({ ...noPersonalData, description: undefined, domain: undefined }), context({ weights: even, labelRank: 1 }));
      expect([at50.score, at50.band]).toEqual([50, 'Needs attention']);
      // One more descriptive field missing (5 lost): 45, At risk.
      expect(scoreAsset(perfectAsset({ ...noPersonalData, description: undefined, domain: undefined, retentionPeriod: undefined }), context({ weights: even, labelRank: 1 })).band).toBe('At risk');
    });
  });
});

describe('bandOf', () => {
  it.each([
    [100, 'Healthy'],
    [80, 'Healthy'],
    [79.9, 'Needs attention'],
    [50, 'Needs attention'],
    [49.9, 'At risk'],
    [0, 'At risk']
  ] as const)('%d is %s', (score, band) => {
    expect(bandOf(score)).toBe(band);
  });
});
