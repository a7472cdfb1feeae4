const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/** Date-times already converted by `toDateOnly`, cleared when full (memory stays bounded). */
const converted = new Map<string, string>();
const CONVERTED_MAX = 10_000;

/**
 * A date-only field value as `YYYY-MM-DD`. SharePoint stores a date-only value as midnight in the site's time zone
 * and returns it in UTC (e.g. `2024-02-29T23:00:00Z` for 1 March on a UTC+1 site), so the UTC date part can be a
 * day off: rounding to the nearest UTC midnight recovers the intended date for any zone within +/-12 h.
 */
export function toDateOnly(value: string): string {
  if (DATE_ONLY.test(value)) {
    return value;
  }
  // A list holds few distinct dates (100,000 assets, about a thousand review dates): each is parsed once.
  let date = converted.get(value);
  if (date === undefined) {
    const time = Date.parse(value);
    date = Number.isNaN(time) ? value : new Date(Math.round(time / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
    if (converted.size >= CONVERTED_MAX) converted.clear();
    converted.set(value, date);
  }
  return date;
}

/** The value written for a date-only field: the `YYYY-MM-DD` part of a date or date-time. */
export function dateOnlyForWrite(value: string): string {
  return DATE_ONLY.test(value) ? value : toDateOnly(value);
}
