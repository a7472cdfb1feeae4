/* eslint-disable no-script-url -- these tests feed script URLs to the code that must refuse them */
import type { FieldIssue } from '../errors';
import type { DataAsset } from '../models/dataAsset';
import type { Risk } from '../models/risk';
import { AI_SYSTEMS_LIST, DATA_ASSETS_LIST, MISSIONS_LIST, RISKS_LIST, SCORECARD_SNAPSHOTS_LIST } from '../schema';
import { validateRecord } from './index';

const validAsset: DataAsset = {
  title: 'Border crossings 2025',
  containsPersonalData: true,
  personalDataCategories: ['Biometric data', 'Health data'],
  dataSubjects: ['Migrants'],
  declaredSensitivity: 'Confidential',
  reviewCycleMonths: 12,
  ownershipStatus: 'Confirmed',
  lifecycle: 'Active',
  owner: { id: 7, title: 'Amina Diallo' },
  locationUrl: { url: 'https://contoso.sharepoint.com/sites/data', description: 'Site' },
  lastReviewed: '2026-02-28'
};

const validRisk: Risk = { title: 'Re-identification', likelihood: 4, impact: 4, residualLikelihood: 2, residualImpact: 3, status: 'Open' };

function codes(issues: FieldIssue[]): string[] {
  return issues.map((i) => `${i.field}:${i.code}`);
}

function only(issues: FieldIssue[]): FieldIssue {
  expect(issues).toHaveLength(1);
  return issues[0];
}

describe('validateRecord', () => {
  it('accepts a valid record', () => {
    expect(validateRecord(DATA_ASSETS_LIST, validAsset, 'create')).toEqual([]);
    expect(validateRecord(RISKS_LIST, validRisk, 'create')).toEqual([]);
  });

  describe('required fields', () => {
    it('requires them on create, naming the field', () => {
      const issue = only(validateRecord(DATA_ASSETS_LIST, { ...validAsset, title: undefined as unknown as string }, 'create'));
      expect(issue).toMatchObject({ field: 'title', code: 'required' });
      expect(issue.message).toBe('Title is required. Enter a value.');
    });

    it('treats blank text, null and empty lists as missing', () => {
      expect(codes(validateRecord(DATA_ASSETS_LIST, { ...validAsset, title: '   ' }, 'create'))).toEqual(['title:required']);
      expect(codes(validateRecord(RISKS_LIST, { ...validRisk, likelihood: null as unknown as number }, 'create'))).toEqual(['likelihood:required']);
    });

    it('counts 0 and false as values', () => {
      const snapshot = { title: 's', scopeType: 'organisation' as const, takenOn: '2026-01-01', assetCount: 0 };
      expect(validateRecord(SCORECARD_SNAPSHOTS_LIST, snapshot, 'create')).toEqual([]);
      expect(validateRecord(DATA_ASSETS_LIST, { ...validAsset, containsPersonalData: false }, 'create')).toEqual([]);
    });

    it('on update checks only present properties, and required ones only when emptied', () => {
      expect(validateRecord(DATA_ASSETS_LIST, { description: 'x' }, 'update')).toEqual([]);
      expect(codes(validateRecord(DATA_ASSETS_LIST, { title: '' }, 'update'))).toEqual(['title:required']);
      expect(validateRecord(DATA_ASSETS_LIST, { description: '' }, 'update')).toEqual([]);
    });

    it('never requires computed fields but still type-checks them', () => {
      const withoutComputed: Partial<DataAsset> = { ...validAsset };
      delete withoutComputed.ownershipStatus;
      expect(validateRecord(DATA_ASSETS_LIST, withoutComputed, 'create')).toEqual([]);
      expect(codes(validateRecord(DATA_ASSETS_LIST, { purviewLabelName: 42 as unknown as string }, 'update'))).toEqual(['purviewLabelName:invalidType']);
    });

    it('asks for the right kind of input', () => {
      const issues = validateRecord(MISSIONS_LIST, {}, 'create');
      expect(codes(issues)).toEqual(['title:required', 'code:required', 'region:required']);
      expect(validateRecord(RISKS_LIST, { status: '' as 'Open' }, 'update')[0].message).toBe('Status is required. Choose a value.');
    });
  });

  describe('text', () => {
    it('rejects single-line text over maxLength with the limit in params', () => {
      const issue = only(validateRecord(DATA_ASSETS_LIST, { title: 'x'.repeat(256) }, 'update'));
      expect(issue).toMatchObject({ field: 'title', code: 'tooLong', params: { max: 255, actual: 256 } });
      expect(issue.message).toBe('Title is too long (256 characters). Shorten it to at most 255 characters.');
      expect(validateRecord(DATA_ASSETS_LIST, { title: 'x'.repeat(255) }, 'update')).toEqual([]);
    });

    it('applies a field-specific limit and the Note limit', () => {
      expect(only(validateRecord(DATA_ASSETS_LIST, { externalId: 'x'.repeat(101) }, 'update')).params).toEqual({ max: 100, actual: 101 });
      expect(codes(validateRecord(DATA_ASSETS_LIST, { description: 'x'.repeat(4001) }, 'update'))).toEqual(['description:tooLong']);
      expect(validateRecord(DATA_ASSETS_LIST, { description: 'x'.repeat(4000) }, 'update')).toEqual([]);
    });

    it('rejects non-text values', () => {
      expect(codes(validateRecord(DATA_ASSETS_LIST, { domain: 5 as unknown as string }, 'update'))).toEqual(['domain:invalidType']);
    });
  });

  describe('choices', () => {
    it('rejects an unknown choice, listing the allowed values', () => {
      const issue = only(validateRecord(DATA_ASSETS_LIST, { assetType: 'Spreadsheets' as 'Spreadsheet' }, 'update'));
      expect(issue.code).toBe('invalidChoice');
      expect(issue.message).toBe(
        'Asset type does not accept "Spreadsheets". Choose one of: Dataset, Database, Information system, Document library, Spreadsheet, Report/Dashboard, API.'
      );
      expect(issue.params).toMatchObject({ value: 'Spreadsheets' });
    });

    it('matches exactly (case matters)', () => {
      expect(codes(validateRecord(DATA_ASSETS_LIST, { declaredSensitivity: 'confidential' }, 'update'))).toEqual(['declaredSensitivity:invalidChoice']);
    });

    it('checks every value of a multi-choice', () => {
      const issue = only(validateRecord(DATA_ASSETS_LIST, { dataSubjects: ['Migrants', 'Aliens', 'Robots'] }, 'update'));
      expect(issue).toMatchObject({ field: 'dataSubjects', code: 'invalidChoice', params: { value: 'Aliens, Robots' } });
      expect(issue.message).toContain('"Aliens", "Robots"');
      expect(codes(validateRecord(DATA_ASSETS_LIST, { dataSubjects: 'Migrants' as unknown as string[] }, 'update'))).toEqual(['dataSubjects:invalidType']);
    });
  });

  describe('numbers', () => {
    it('requires whole numbers where integer', () => {
      const issue = only(validateRecord(RISKS_LIST, { likelihood: 2.5 }, 'update'));
      expect(issue).toMatchObject({ field: 'likelihood', code: 'notInteger' });
      expect(issue.message).toBe('Likelihood must be a whole number (got 2.5).');
    });

    it('enforces min and max', () => {
      const issue = only(validateRecord(RISKS_LIST, { impact: 6 }, 'update'));
      expect(issue).toMatchObject({ code: 'outOfRange', params: { min: 1, max: 5 } });
      expect(issue.message).toBe('Impact must be between 1 and 5 (got 6).');
      expect(codes(validateRecord(RISKS_LIST, { impact: 0 }, 'update'))).toEqual(['impact:outOfRange']);
      expect(validateRecord(RISKS_LIST, { impact: 5 }, 'update')).toEqual([]);
      expect(only(validateRecord(SCORECARD_SNAPSHOTS_LIST, { assetCount: -1 }, 'update')).message).toBe('Assets must be at least 0 (got -1).');
    });

    it('rejects NaN, Infinity and numeric strings', () => {
      for (const bad of [NaN, Infinity, '3']) {
        expect(codes(validateRecord(RISKS_LIST, { impact: bad as number }, 'update'))).toEqual(['impact:invalidType']);
      }
    });
  });

  describe('dates, booleans, people, lookups', () => {
    it('rejects impossible dates such as 30 February', () => {
      const issue = only(validateRecord(DATA_ASSETS_LIST, { lastReviewed: '2026-02-30' }, 'update'));
      expect(issue).toMatchObject({ field: 'lastReviewed', code: 'invalidDate' });
      expect(issue.message).toBe('Last reviewed must be a real date in the form YYYY-MM-DD ("2026-02-30" is not).');
      expect(validateRecord(DATA_ASSETS_LIST, { lastReviewed: '2026-02-01T10:00:00Z' }, 'update')).toEqual([]);
    });

    it('requires booleans to be booleans', () => {
      expect(codes(validateRecord(DATA_ASSETS_LIST, { containsPersonalData: 'yes' as unknown as boolean }, 'update'))).toEqual(['containsPersonalData:invalidType']);
    });

    it('requires a person with a positive integer id', () => {
      for (const bad of [{ id: 0, title: 'x' }, { id: 1.5, title: 'x' }, { title: 'x' }, 'amina@example.org', 7]) {
        const issue = only(validateRecord(DATA_ASSETS_LIST, { owner: bad as never }, 'update'));
        expect(issue).toMatchObject({ field: 'owner', code: 'invalidPerson' });
      }
      expect(only(validateRecord(DATA_ASSETS_LIST, { custodian: { id: -1, title: 'x' } }, 'update')).message).toBe('Custodian must be a person chosen from the directory.');
    });

    it('requires lookups to carry positive integer ids, each of them for multi lookups', () => {
      expect(codes(validateRecord(RISKS_LIST, { relatedAsset: { id: 0 } }, 'update'))).toEqual(['relatedAsset:invalidLookup']);
      expect(validateRecord(RISKS_LIST, { relatedAsset: { id: 12 } }, 'update')).toEqual([]);
      expect(codes(validateRecord(AI_SYSTEMS_LIST, { linkedDataAssets: [{ id: 1 }, { id: 'x' as unknown as number }] }, 'update'))).toEqual(['linkedDataAssets:invalidLookup']);
      expect(validateRecord(AI_SYSTEMS_LIST, { linkedDataAssets: [{ id: 1 }, { id: 2 }] }, 'update')).toEqual([]);
    });
  });

  describe('URLs', () => {
    it('flags javascript: links as unsafe', () => {
      const issue = only(validateRecord(DATA_ASSETS_LIST, { locationUrl: { url: 'javascript:alert(document.cookie)' } }, 'update'));
      expect(issue).toMatchObject({ field: 'locationUrl', code: 'unsafeUrl' });
      expect(issue.message).toBe('Location uses a kind of link that is not allowed. Enter a web address starting with https:// or http://.');
    });

    it.each([' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>', 'VBSCRIPT:x'])('flags %j as unsafe', (url) => {
      expect(codes(validateRecord(AI_SYSTEMS_LIST, { dpiaUrl: { url } }, 'update'))).toEqual(['dpiaUrl:unsafeUrl']);
    });

    it('rejects relative and non-http links as invalid', () => {
      for (const url of ['/sites/data', 'ftp://x.org/f', 'www.example.org']) {
        const issue = only(validateRecord(DATA_ASSETS_LIST, { locationUrl: { url } }, 'update'));
        expect(issue.code).toBe('invalidUrl');
        expect(issue.message).toBe('Location must be a full web address starting with https:// or http://.');
      }
    });

    it('limits URLs to 255 characters and rejects non-link values', () => {
      expect(codes(validateRecord(DATA_ASSETS_LIST, { locationUrl: { url: `https://example.org/${'a'.repeat(240)}` } }, 'update'))).toEqual(['locationUrl:tooLong']);
      expect(codes(validateRecord(DATA_ASSETS_LIST, { locationUrl: 'https://example.org' as never }, 'update'))).toEqual(['locationUrl:invalidType']);
    });

    it('accepts an absolute https link', () => {
      expect(validateRecord(AI_SYSTEMS_LIST, { modelCardUrl: { url: 'https://vendor.example/card' } }, 'update')).toEqual([]);
    });
  });

  describe('risk residual rule', () => {
    it('rejects a residual score above the inherent one', () => {
      const issue = only(validateRecord(RISKS_LIST, { ...validRisk, likelihood: 2, impact: 3, residualLikelihood: 4, residualImpact: 2 }, 'create'));
      expect(issue).toMatchObject({ field: 'residualLikelihood', code: 'residualAboveInherent', params: { residualScore: 8, inherentScore: 6, max: 6 } });
      expect(issue.message).toContain('residual score (4 x 2 = 8) is above the inherent score (2 x 3 = 6)');
    });

    it('accepts a residual equal to the inherent score, or none', () => {
      expect(validateRecord(RISKS_LIST, { ...validRisk, likelihood: 2, impact: 3, residualLikelihood: 3, residualImpact: 2 }, 'create')).toEqual([]);
      expect(validateRecord(RISKS_LIST, { title: 'r', likelihood: 1, impact: 1, status: 'Open' }, 'create')).toEqual([]);
    });

    it('does not repeat a field error as a residual error', () => {
      expect(codes(validateRecord(RISKS_LIST, { ...validRisk, likelihood: 1, impact: 1, residualLikelihood: 9, residualImpact: 5 }, 'create'))).toEqual([
        'residualLikelihood:outOfRange'
      ]);
    });

    it('applies on update when all four values are given (callers merge stored and changed values)', () => {
      expect(codes(validateRecord(RISKS_LIST, { likelihood: 1, impact: 2, residualLikelihood: 2, residualImpact: 2 }, 'update'))).toEqual([
        'residualLikelihood:residualAboveInherent'
      ]);
      expect(validateRecord(RISKS_LIST, { residualLikelihood: 5, residualImpact: 5 }, 'update')).toEqual([]);
    });
  });

  it('reports every problem at once and never throws on junk input', () => {
    const issues = validateRecord(RISKS_LIST, { title: '', likelihood: 9, impact: 'high' as unknown as number, status: 'Done' as 'Open' }, 'create');
    expect(codes(issues)).toEqual(['title:required', 'likelihood:outOfRange', 'impact:invalidType', 'status:invalidChoice']);
    expect(() => validateRecord(RISKS_LIST, null as unknown as Partial<Risk>, 'create')).not.toThrow();
  });
});
