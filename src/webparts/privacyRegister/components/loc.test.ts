/** Every locale of the Privacy Register strings has exactly the keys (and map keys) of en-us, and en-us names every choice and criterion. */
import { ART9_CONDITIONS, LEGAL_BASES, PROCESSING_ROLES, RETENTION_UNITS, SPECIAL_CATEGORIES, TRANSFER_SAFEGUARDS } from '../../../core/privacy/model';
import { SCREENING_CRITERIA } from '../../../core/privacy/screening';
import { ART30_COLUMNS } from '../../../core/privacy/art30Report';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadAmdStrings = require('../../../../config/jest/loadAmdStrings') as (path: string) => Record<string, unknown>;

// Map keys are stored choice values, which contain dots ("Art. 6(1)(a) Consent"): paths are joined with " > ".
function keysOf(value: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, v]) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? keysOf(v as Record<string, unknown>, `${prefix}${key} > `) : [`${prefix}${key}`])).sort();
}

/** Paths of every empty text. */
function emptyTexts(value: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, v]) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? emptyTexts(v as Record<string, unknown>, `${prefix}${key} > `) : v === '' ? [`${prefix}${key}`] : []));
}

describe('Privacy Register strings', () => {
  const english = loadAmdStrings('src/webparts/privacyRegister/loc/en-us.js') as unknown as IPrivacyRegisterStrings;

  it('en-us translates every stored choice and explains every criterion', () => {
    expect(Object.keys(english.Roles).sort()).toEqual([...PROCESSING_ROLES].sort());
    expect(Object.keys(english.LegalBases).sort()).toEqual([...LEGAL_BASES].sort());
    expect(Object.keys(english.Art9Conditions).sort()).toEqual([...ART9_CONDITIONS].sort());
    expect(Object.keys(english.Safeguards).sort()).toEqual([...TRANSFER_SAFEGUARDS].sort());
    expect(Object.keys(english.SpecialCategories).sort()).toEqual([...SPECIAL_CATEGORIES].sort());
    expect(Object.keys(english.RetentionUnits).sort()).toEqual([...RETENTION_UNITS].sort());
    expect(Object.keys(english.Criteria).sort()).toEqual([...SCREENING_CRITERIA].sort());
    expect(Object.keys(english.Art30Headers).sort()).toEqual([...ART30_COLUMNS].sort());
  });

  for (const locale of ['fr-fr', 'es-es']) {
    it(`${locale} has the same keys as en-us, none empty`, () => {
      const other = loadAmdStrings(`src/webparts/privacyRegister/loc/${locale}.js`);
      expect(keysOf(other)).toEqual(keysOf(english as unknown as Record<string, unknown>));
      expect(emptyTexts(other)).toEqual([]);
    });
  }
});
