"use strict";
/**
 * ISO 8601 dates as the domain stores them: `YYYY-MM-DD` (date-only fields) or a full date-time such as
 * `2026-02-01T09:30:00Z`. Parsed by hand because `Date.parse` silently rolls `2026-02-30` over to 2 March.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.daysInMonth = daysInMonth;
exports.isValidIsoDate = isValidIsoDate;
exports.parseIsoDate = parseIsoDate;
exports.utcDayNumber = utcDayNumber;
exports.addUtcMonths = addUtcMonths;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):?(\d{2}))?)?$/;
/** Days in a month of the proleptic Gregorian calendar (`month` 1-12). */
function daysInMonth(year, month) {
    if (month === 2) {
        const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
        return leap ? 29 : 28;
    }
    return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
/** True when `value` is a real calendar date `YYYY-MM-DD` or a valid ISO date-time (rejects `2026-02-30`, `T24:00`). */
function isValidIsoDate(value) {
    return parseIsoDate(value) !== undefined;
}
/**
 * Parses an ISO date or date-time into a `Date`; undefined when the text is not one. A date without a time is
 * midnight UTC; a date-time without an offset is taken as UTC too, so results never depend on the machine's zone.
 */
function parseIsoDate(value) {
    var _a, _b, _c, _d, _e;
    if (typeof value !== 'string') {
        return undefined;
    }
    const match = ISO_DATE_TIME.exec(value);
    if (match === null) {
        return undefined;
    }
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const [hour, minute, second] = [Number((_a = match[4]) !== null && _a !== void 0 ? _a : 0), Number((_b = match[5]) !== null && _b !== void 0 ? _b : 0), Number((_c = match[6]) !== null && _c !== void 0 ? _c : 0)];
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
        return undefined;
    }
    if (hour > 23 || minute > 59 || second > 59) {
        return undefined;
    }
    const offsetHours = Number((_d = match[10]) !== null && _d !== void 0 ? _d : 0);
    const offsetMinutes = Number((_e = match[11]) !== null && _e !== void 0 ? _e : 0);
    if (offsetHours > 23 || offsetMinutes > 59) {
        return undefined;
    }
    const millis = match[7] === undefined ? 0 : Number(`0.${match[7]}`) * 1000;
    const offset = (match[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
    // setUTCFullYear, not Date.UTC's year argument, which maps years 0-99 to 1900-1999.
    const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, Math.floor(millis)));
    date.setUTCFullYear(year, month - 1, day);
    return new Date(date.getTime() - offset * 60000);
}
/** The UTC calendar day of a date as a comparable number of days since 1970-01-01. */
function utcDayNumber(date) {
    return Math.floor(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) / 86400000);
}
/**
 * Adds calendar months in UTC, clamping to the month's last day (31 January + 1 month = 28/29 February), which is
 * how people read "reviewed within 12 months".
 */
function addUtcMonths(date, months) {
    const totalMonths = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
    const year = Math.floor(totalMonths / 12);
    const monthIndex = totalMonths - year * 12;
    const day = Math.min(date.getUTCDate(), daysInMonth(year, monthIndex + 1));
    const result = new Date(date.getTime());
    result.setUTCFullYear(year, monthIndex, day);
    return result;
}
