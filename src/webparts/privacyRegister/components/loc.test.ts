/** Every locale of the Privacy Register strings has exactly the keys (and map keys) of en-us, and en-us names every choice and criterion. */
import { ART9_CONDITIONS, LEGAL_BASES, PROCESSING_ROLES, RETENTION_UNITS, SPECIAL_CATEGORIES, TRANSFER_SAFEGUARDS } from '../../../core/privacy/model';
import { SCREENING_CRITERIA } from '../../../core/privacy/screening';
import { ART30_COLUMNS } from '../../../core/privacy/art30Report';
import { DPIA_CONTEXT_KEYS, DPIA_DECISION_KINDS, DPIA_DECISION_VALUES, DPIA_FEARED_EVENTS, DPIA_JUDGEMENTS, DPIA_PRINCIPLE_KEYS, DPIA_STATES } from '../../../core/privacy/dpiaModel';
import { DPIA_DECISION_REASONS } from '../../../core/privacy/dpiaRules';
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

  it('en-us names every DPIA state, section, feared event, decision, reason and validation code', () => {
    const D = english.Dpia;
    expect(Object.keys(D.States).sort()).toEqual([...DPIA_STATES].sort());
    expect(Object.keys(D.Context).sort()).toEqual([...DPIA_CONTEXT_KEYS].sort());
    expect(Object.keys(D.Principles).sort()).toEqual([...DPIA_PRINCIPLE_KEYS].sort());
    expect(Object.keys(D.Judgements).sort()).toEqual([...DPIA_JUDGEMENTS].sort());
    expect(Object.keys(D.FearedEvents).sort()).toEqual([...DPIA_FEARED_EVENTS].sort());
    expect(Object.keys(D.DecisionKinds).sort()).toEqual([...DPIA_DECISION_KINDS].sort());
    expect(Object.keys(D.DecisionValues).sort()).toEqual([...DPIA_DECISION_VALUES].sort());
    for (const reason of DPIA_DECISION_REASONS) expect(D.Reasons[reason]).toBeTruthy();
    const codes = ['dpiaContextRequired', 'dpiaPrincipleRequired', 'dpiaRiskIncomplete', 'dpiaScaleOutOfRange', 'dpiaResidualAboveInherent', 'dpiaActionTitleRequired', 'dpiaActionOwnerRequired', 'dpiaActionDueDateRequired'];
    for (const code of codes) expect(english.ValidationMessages[code]).toBeTruthy();
  });

  for (const locale of ['fr-fr', 'es-es']) {
    it(`${locale} has the same keys as en-us, none empty`, () => {
      const other = loadAmdStrings(`src/webparts/privacyRegister/loc/${locale}.js`);
      expect(keysOf(other)).toEqual(keysOf(english as unknown as Record<string, unknown>));
      expect(emptyTexts(other)).toEqual([]);
    });
  }
});
