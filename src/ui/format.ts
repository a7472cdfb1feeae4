/** Small, pure text helpers for the suite's UI (no React). */

/** Replaces `{0}`, `{1}`... with the arguments, and `{name}` with `named[name]`; unknown placeholders stay as they are. */
export function format(template: string, ...args: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (match: string, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? match : String(value);
  });
}

/** Replaces `{name}` placeholders with values from `params`. */
export function formatNamed(template: string, params: Readonly<Record<string, string | number>> | undefined): string {
  if (!params) {
    return template;
  }
  return template.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (match: string, name: string) => {
    const value = params[name];
    return value === undefined ? match : String(value);
  });
}

/** Shows an ISO date (or date-time) as the user's locale date; invalid or empty input gives `fallback`. */
export function formatDate(iso: string | undefined, fallback: string, locale?: string): string {
  if (!iso) {
    return fallback;
  }
  // Date-only values are calendar dates: read them as UTC so no time zone shifts the day.
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  if (isNaN(date.getTime())) {
    return fallback;
  }
  return dateOnly
    ? date.toLocaleDateString(locale, { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' })
    : date.toLocaleString(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** Shows a score with at most one decimal (the scoring rounds to one decimal already). */
export function formatScore(score: number): string {
  return (Math.round(score * 10) / 10).toString();
}
