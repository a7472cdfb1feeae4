import { addUtcMonths, daysInMonth, isValidIsoDate, parseIsoDate, utcDayNumber } from './isoDate';

describe('isValidIsoDate', () => {
  it.each(['2026-02-28', '2024-02-29', '2000-02-29', '2026-12-31', '2026-02-01T09:30:00Z', '2026-02-01T09:30Z', '2026-02-01T09:30:00.123Z', '2026-02-01T09:30:00+02:00', '2026-02-01T09:30:00-0530', '2026-02-01T09:30:00'])(
    'accepts %s',
    (value) => {
      expect(isValidIsoDate(value)).toBe(true);
    }
  );

  it.each(['2026-02-30', '2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-5', '26-01-05', '05/01/2026', '2026-01-05T24:00:00Z', '2026-01-05T10:60Z', '2026-01-05T10:00:61Z', '2026-01-05 10:00', '2026-01-05T10:00:00+25:00', '', 'today'])(
    'rejects %s',
    (value) => {
      expect(isValidIsoDate(value)).toBe(false);
    }
  );
});

describe('parseIsoDate', () => {
  it('reads a date as midnight UTC and honours offsets', () => {
    expect(parseIsoDate('2026-03-01')?.toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(parseIsoDate('2026-03-01T10:00:00+02:00')?.toISOString()).toBe('2026-03-01T08:00:00.000Z');
    expect(parseIsoDate('2026-03-01T10:00:00.5Z')?.toISOString()).toBe('2026-03-01T10:00:00.500Z');
    expect(parseIsoDate('0050-01-01')?.getUTCFullYear()).toBe(50);
  });
});

describe('calendar helpers', () => {
  it('knows leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2026, 11)).toBe(30);
  });

  it('adds months clamping to the end of the month', () => {
    expect(addUtcMonths(new Date('2026-01-31T00:00:00Z'), 1).toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(addUtcMonths(new Date('2024-02-29T00:00:00Z'), 12).toISOString()).toBe('2025-02-28T00:00:00.000Z');
    expect(addUtcMonths(new Date('2025-11-15T00:00:00Z'), 14).toISOString()).toBe('2027-01-15T00:00:00.000Z');
  });

  it('numbers UTC days', () => {
    expect(utcDayNumber(new Date('1970-01-02T23:59:59Z'))).toBe(1);
  });
});
