import { fillPlaceholders } from '../core/placeholders';
/**
 * Small text helpers for the suite's UI (no React), and the one number/date/plural formatter. Every figure, date
 * and count a person reads goes through here, in the UI culture (not the browser's language): SPFx gives one UI
 * culture per page, so the web part sets it once (setUiCulture) and every formatter defaults to it.
 */

let culture: string | undefined;

/** Sets the UI culture ("fr-FR") every formatter uses by default: SPFx's currentUICultureName, or the workbench's language. */
export function setUiCulture(name: string | undefined): void {
  culture = name || undefined;
}

/** The UI culture set by the host (undefined: the runtime's default, as before any host set it). */
export function uiCulture(): string | undefined {
  return culture;
}

/** Replaces `{0}`, `{1}`... with the arguments; unknown placeholders stay as they are. */
export function format(template: string, ...args: (string | number)[]): string {
  return fillPlaceholders(template, ...args);
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
export function formatDate(iso: string | undefined, fallback: string, locale: string | undefined = culture): string {
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

/** Shows a score with at most one decimal (the scoring rounds to one decimal already): "76.8", "76,8" in French. */
export function formatScore(score: number, locale: string | undefined = culture): string {
  return formatNumber(Math.round(score * 10) / 10, locale, { maximumFractionDigits: 1 });
}

/** A number in the UI culture: "1,234" in English, "1 234" in French, "1234" or "1.234" in Spanish. */
export function formatNumber(value: number, locale: string | undefined = culture, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale, options).format(value);
}

/** A share (0..1) as a percentage with at most `digits` decimals: "60.2%", "60,2 %". */
export function formatPercent(share: number, digits: number = 1, locale: string | undefined = culture): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(share);
}

/** A loc string with one template per plural category (Intl.PluralRules: one, other, and many/few where a language has them). */
export interface PluralForms {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/**
 * A count in words: the loc string's plural form for `count` in the UI culture (Intl.PluralRules: French says
 * "0 risque", English "0 risks"), `{0}` (or `{count}`) replaced by the formatted count. A form the language lacks
 * falls back to `other`.
 */
export function formatPlural(forms: PluralForms, count: number, locale: string | undefined = culture, ...args: (string | number)[]): string {
  const category = new Intl.PluralRules(locale).select(count);
  const template = forms[category] ?? forms.other;
  const shown = formatNumber(count, locale);
  return format(template, shown, ...args).replace(/\{count\}/g, shown);
}
