import { nothingToWriteText } from './importText';

const strings = {
  NothingToWrite: 'up to date',
  NothingToWriteAllInvalid: 'all {invalid} have problems',
  NothingToWriteSomeInvalid: '{invalid} have problems, {valid} up to date'
} as unknown as IInventoryImportStrings;

const plan = (...kinds: string[]): { action: { kind: string } }[] => kinds.map((kind) => ({ action: { kind } }));

describe('why nothing is written', () => {
  it('says every row has problems rather than "up to date" when all are invalid', () => {
    expect(nothingToWriteText(plan('invalid', 'invalid', 'invalid'), strings)).toBe('all 3 have problems');
  });

  it('names both reasons when some rows are invalid and the rest need no write', () => {
    expect(nothingToWriteText(plan('invalid', 'unchanged', 'skip'), strings)).toBe('1 have problems, 2 up to date');
  });

  it('says up to date when no row has problems', () => {
    expect(nothingToWriteText(plan('unchanged', 'skip'), strings)).toBe('up to date');
  });
});
