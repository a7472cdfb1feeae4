import * as strings from 'GovernanceSuiteStrings';
import { recordCountText } from './recordCountText';

describe('recordCountText', () => {
  it('says every record is shown on the last page', () => {
    expect(recordCountText(2, false, undefined, strings)).toBe('2 records shown');
  });

  it('gives the total when the service knew it', () => {
    expect(recordCountText(50, true, 1234, strings)).toBe(`50 of ${(1234).toLocaleString()} records shown`);
  });

  it('says more are available when the total is unknown', () => {
    expect(recordCountText(50, true, undefined, strings)).toBe('50 shown, more available');
  });
});
