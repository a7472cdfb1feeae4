import type { Risk } from '../models/risk';
import { DEFAULT_RISK_APPETITE, exceedsAppetite, parseRiskAppetite } from './appetite';
import { currentRiskScore, isOverdue, isUnowned, storedRiskScores } from './riskMath';

const TODAY = new Date('2026-11-23T15:00:00Z');
const base: Risk = { title: 'Registry shared too widely', likelihood: 4, impact: 5, status: 'Open' };

describe('current score and stored columns', () => {
  it('uses the residual score once both residual values are set, else the inherent one', () => {
    expect(currentRiskScore(base)).toBe(20);
    expect(currentRiskScore({ ...base, residualLikelihood: 2 })).toBe(20);
    expect(currentRiskScore({ ...base, residualLikelihood: 2, residualImpact: 3 })).toBe(6);
  });

  it('stores both scores and the level of the current score', () => {
    expect(storedRiskScores({ ...base, residualLikelihood: 2, residualImpact: 3 })).toEqual({ inherentScore: 20, residualScore: 6, riskLevel: 'Medium' });
    expect(storedRiskScores(base)).toEqual({ inherentScore: 20, residualScore: undefined, riskLevel: 'Critical' });
  });
});

describe('overdue and unowned', () => {
  it('is overdue only when open or in treatment and the due day has passed', () => {
    expect(isOverdue({ status: 'Open', dueDate: '2026-11-22' }, TODAY)).toBe(true);
    expect(isOverdue({ status: 'In treatment', dueDate: '2026-01-01' }, TODAY)).toBe(true);
    expect(isOverdue({ status: 'Open', dueDate: '2026-11-23' }, TODAY)).toBe(false);
    expect(isOverdue({ status: 'Open', dueDate: undefined }, TODAY)).toBe(false);
    expect(isOverdue({ status: 'Accepted', dueDate: '2026-01-01' }, TODAY)).toBe(false);
    expect(isOverdue({ status: 'Closed', dueDate: '2026-01-01' }, TODAY)).toBe(false);
    expect(isOverdue({ status: 'Open', dueDate: 'not a date' }, TODAY)).toBe(false);
  });

  it('is unowned when not closed and no known person owns it', () => {
    expect(isUnowned({ status: 'Open', riskOwner: undefined })).toBe(true);
    expect(isUnowned({ status: 'Open', riskOwner: { id: 7, title: 'Jonas' } })).toBe(false);
    expect(isUnowned({ status: 'Closed', riskOwner: undefined })).toBe(false);
  });
});

describe('risk appetite', () => {
  it('reads a bare number or { maxScore } and falls back to the default otherwise', () => {
    expect(parseRiskAppetite('12')).toBe(12);
    expect(parseRiskAppetite('{"maxScore": 4}')).toBe(4);
    expect(parseRiskAppetite(undefined)).toBe(DEFAULT_RISK_APPETITE);
    expect(parseRiskAppetite('not json')).toBe(DEFAULT_RISK_APPETITE);
    expect(parseRiskAppetite('30')).toBe(DEFAULT_RISK_APPETITE);
    expect(parseRiskAppetite('2.5')).toBe(DEFAULT_RISK_APPETITE);
  });

  it('exceeds the appetite only strictly above it', () => {
    expect(exceedsAppetite(9, 9)).toBe(false);
    expect(exceedsAppetite(10, 9)).toBe(true);
  });
});
