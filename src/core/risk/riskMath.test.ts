import { residualExceedsInherent, riskLevel, riskScore } from './riskMath';

describe('risk maths', () => {
  it('scores likelihood x impact', () => {
    expect(riskScore(1, 1)).toBe(1);
    expect(riskScore(5, 5)).toBe(25);
    expect(riskScore(3, 4)).toBe(12);
  });

  it.each([
    [1, 'Low'],
    [4, 'Low'],
    [5, 'Medium'],
    [9, 'Medium'],
    [10, 'High'],
    [14, 'High'],
    [15, 'Critical'],
    [25, 'Critical']
  ] as const)('level of %d is %s', (score, level) => {
    expect(riskLevel(score)).toBe(level);
  });

  it('compares residual with inherent by score, not by each axis', () => {
    expect(residualExceedsInherent({ likelihood: 2, impact: 3 }, { likelihood: 3, impact: 2 })).toBe(false);
    expect(residualExceedsInherent({ likelihood: 2, impact: 3 }, { likelihood: 1, impact: 5 })).toBe(false);
    expect(residualExceedsInherent({ likelihood: 2, impact: 3 }, { likelihood: 4, impact: 2 })).toBe(true);
  });
});
