import { formatDate } from './format';

/**
 * A field value as plain text for comparisons and history: people by name, links by address, lists joined,
 * booleans as Yes/No, dates in the user's locale. React renders the result as text (never as HTML).
 */
export function displayValue(value: unknown, strings: IGovernanceSuiteStrings): string {
  if (value === undefined || value === null || value === '') {
    return strings.EmptyValue;
  }
  if (typeof value === 'boolean') {
    return value ? strings.Yes : strings.No;
  }
  if (typeof value === 'number') {
    return String(value);
  }
  if (typeof value === 'string') {
    return /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/.test(value) ? formatDate(value, value) : value;
  }
  if (Array.isArray(value)) {
    return value.length === 0 ? strings.EmptyValue : value.map((v) => displayValue(v, strings)).join('; ');
  }
  if (typeof value === 'object') {
    const record = value as { title?: unknown; url?: unknown; email?: unknown };
    if (typeof record.title === 'string') {
      return record.title;
    }
    if (typeof record.url === 'string') {
      return record.url;
    }
    if (typeof record.email === 'string') {
      return record.email;
    }
  }
  return JSON.stringify(value);
}
