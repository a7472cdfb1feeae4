/** Dates typed in a spreadsheet: ISO first, then day/month/year in the user's locale order. */
import { daysInMonth, parseIsoDate } from '../validation/isoDate';
import type { DateOrder } from './types';

/** The day/month order of a locale's short dates (`en-US` MDY, `fr-FR` DMY, `ja-JP` YMD), from Intl. */
export function dateOrderForLocale(locale: string): DateOrder {
  try {
    const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(Date.UTC(2001, 10, 22)));
    const order = parts.filter((p) => p.type === 'day' || p.type === 'month' || p.type === 'year').map((p) => p.type[0].toUpperCase()).join('');
    return order === 'MDY' || order === 'YMD' ? order : 'DMY';
  } catch {
    return 'DMY';
  }
}

const PADDED = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * Parses a date cell to `YYYY-MM-DD`; undefined when it is not a real date. Accepts ISO dates and date-times (the
 * date part, read in UTC) and `d/m/yyyy`, `d.m.yyyy`, `d-m-yyyy` in `order`. Two-digit years are refused: they
 * are ambiguous across centuries.
 */
export function parseDateCell(text: string, order: DateOrder): string | undefined {
  const value = text.trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) {
    const date = parseIsoDate(value);
    return date === undefined ? undefined : date.toISOString().slice(0, 10);
  }
  const match = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})$/.exec(value);
  if (match === null) return undefined;
  const [a, b, c] = [match[1], match[2], match[3]];
  let year: string;
  let month: string;
  let day: string;
  if (order === 'YMD' || a.length === 4) {
    [year, month, day] = [a, b, c];
  } else if (order === 'MDY') {
    [month, day, year] = [a, b, c];
  } else {
    [day, month, year] = [a, b, c];
  }
  if (year.length !== 4 || day.length > 2 || month.length > 2) return undefined;
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m) || y < 1) return undefined;
  return `${PADDED(y, 4)}-${PADDED(m, 2)}-${PADDED(d, 2)}`;
}
