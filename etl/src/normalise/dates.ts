/**
 * Dates in Dutch and ISO notation, parsed with the formats a profile lists (Unicode-style tokens: d, dd,
 * M, MM, MMM/MMMM = Dutch month name or abbreviation, yy, yyyy). ISO `yyyy-MM-dd` is always accepted
 * too, because XLSX date cells arrive in that form. `-`, `/` and `.` are interchangeable separators. A
 * trailing time is accepted in 24-hour or 12-hour form (` 14:30`, ` 2:30:00 PM`); with a time zone
 * (`Z`, `UTC`, `+02:00`, `-0500`) the moment is converted and stored as its date in Europe/Amsterdam,
 * without one the date is taken as written. Impossible dates and times are rejected with the reason.
 */
export type DateResult = { ok: true; iso: string } | { ok: false; reason: string };

type Token =
  | { kind: 'number'; field: 'day' | 'month' | 'year'; min: number; max: number }
  | { kind: 'monthName' }
  | { kind: 'separator'; char: string };

export const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

const MONTH_LOOKUP = new Map<string, number>();
MONTHS.forEach((name, index) => {
  MONTH_LOOKUP.set(name, index + 1);
  MONTH_LOOKUP.set(name.slice(0, 3), index + 1);
});
for (const [alias, month] of [
  ['mrt', 3],
  ['sept', 9],
  ['okt', 10],
  ['jan.', 1],
  ['feb.', 2],
  ['mrt.', 3],
  ['apr.', 4],
  ['jun.', 6],
  ['jul.', 7],
  ['aug.', 8],
  ['sep.', 9],
  ['sept.', 9],
  ['okt.', 10],
  ['nov.', 11],
  ['dec.', 12],
  // English month names appear in some exports.
  ['january', 1],
  ['february', 2],
  ['march', 3],
  ['may', 5],
  ['june', 6],
  ['july', 7],
  ['august', 8],
  ['october', 10],
  ['oct', 10],
  ['mar', 3],
] as const) {
  MONTH_LOOKUP.set(alias, month);
}

const SEPARATORS = new Set(['-', '/', '.']);
const TIME_SUFFIX =
  /^[ T]+(\d{1,2}):(\d{2})(?::\d{2}(?:[.,]\d{1,9})?)?[ ]?([AaPp]\.?[Mm]\.?)?[ ]?(Z|UTC|GMT|[+-]\d{2}:?\d{2})?\s*$/;

/** The date in the Netherlands, also for moments written in UTC or another offset. */
const AMSTERDAM = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export class DateFormatError extends Error {}

export function compileDateFormat(format: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < format.length) {
    const c = format[i] ?? '';
    let j = i;
    while (j < format.length && format[j] === c) j++;
    const run = j - i;
    if (c === 'd') {
      if (run > 2) throw new DateFormatError(`datumformaat "${format}": gebruik d of dd`);
      tokens.push({ kind: 'number', field: 'day', min: run, max: 2 });
    } else if (c === 'M') {
      if (run <= 2) tokens.push({ kind: 'number', field: 'month', min: run, max: 2 });
      else tokens.push({ kind: 'monthName' });
    } else if (c === 'y') {
      if (run !== 2 && run !== 4) throw new DateFormatError(`datumformaat "${format}": gebruik yy of yyyy`);
      tokens.push({ kind: 'number', field: 'year', min: run, max: run });
    } else if (/[A-Za-z0-9]/.test(c)) {
      throw new DateFormatError(`datumformaat "${format}": onbekend teken "${c}" (gebruik d, M, y)`);
    } else {
      for (let k = 0; k < run; k++) tokens.push({ kind: 'separator', char: c });
    }
    i = j;
  }
  if (!tokens.some((t) => t.kind === 'number' && t.field === 'year')) {
    throw new DateFormatError(`datumformaat "${format}" heeft geen jaar (yy of yyyy)`);
  }
  return tokens;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function twoDigitYear(yy: number): number {
  const current = new Date().getFullYear();
  return 2000 + yy <= current + 10 ? 2000 + yy : 1900 + yy;
}

interface Parts {
  day: number;
  month: number;
  year: number;
  rest: string;
}

function match(value: string, tokens: Token[]): Parts | null {
  let pos = 0;
  let day = -1;
  let month = -1;
  let year = -1;
  for (const token of tokens) {
    if (token.kind === 'separator') {
      const c = value[pos];
      if (c === undefined) return null;
      if (token.char === ' ') {
        if (c !== ' ') return null;
        while (value[pos] === ' ') pos++;
        continue;
      }
      if (c !== token.char && !(SEPARATORS.has(token.char) && SEPARATORS.has(c))) return null;
      pos++;
    } else if (token.kind === 'number') {
      let n = 0;
      let len = 0;
      while (len < token.max) {
        const code = value.charCodeAt(pos + len);
        if (!(code >= 48 && code <= 57)) break;
        n = n * 10 + code - 48;
        len++;
      }
      if (len < token.min) return null;
      const next = value.charCodeAt(pos + len);
      if (next >= 48 && next <= 57) return null;
      pos += len;
      if (token.field === 'day') day = n;
      else if (token.field === 'month') month = n;
      else year = len === 2 ? twoDigitYear(n) : n;
    } else {
      let end = pos;
      while (end < value.length && /[A-Za-zé.]/.test(value[end] ?? '')) end++;
      const found = MONTH_LOOKUP.get(value.slice(pos, end).toLowerCase());
      if (found === undefined) return null;
      month = found;
      pos = end;
    }
  }
  return { day: day === -1 ? 1 : day, month: month === -1 ? 1 : month, year, rest: value.slice(pos) };
}

function validate(parts: Parts): DateResult {
  const { day, month, year } = parts;
  if (month < 1 || month > 12) return { ok: false, reason: `maand ${month} bestaat niet` };
  if (year < 1900 || year > 2100) return { ok: false, reason: `jaar ${year} is niet aannemelijk` };
  const max = daysInMonth(year, month);
  if (day < 1 || day > max) {
    return { ok: false, reason: `die dag bestaat niet: ${MONTHS[month - 1]} ${year} heeft ${max} dagen` };
  }
  return { ok: true, iso: `${year}-${pad(month, 2)}-${pad(day, 2)}` };
}

/** Offset in minutes east of UTC from `Z`, `UTC`, `+02:00`, `-0500`. */
function offsetMinutes(zone: string): number {
  if (zone === 'Z' || zone === 'UTC' || zone === 'GMT') return 0;
  const digits = zone.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return zone.startsWith('-') ? -minutes : minutes;
}

/** A date with its time of day: 12-hour clock read, and a moment with a zone moved to Amsterdam. */
function withTime(parts: Parts, time: RegExpExecArray): DateResult {
  const date = validate(parts);
  if (!date.ok) return date;
  let hour = Number(time[1]);
  const minute = Number(time[2]);
  const meridiem = time[3]?.toLowerCase().replace(/\./g, '');
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return { ok: false, reason: `uur ${hour} bestaat niet bij AM/PM` };
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hour > 24 || minute > 59) return { ok: false, reason: 'die tijd bestaat niet' };
  const zone = time[4];
  if (zone === undefined) return date;
  const utc = Date.UTC(parts.year, parts.month - 1, parts.day, hour, minute) - offsetMinutes(zone) * 60_000;
  return { ok: true, iso: AMSTERDAM.format(new Date(utc)) };
}

const ISO_TOKENS = compileDateFormat('yyyy-MM-dd');

/**
 * A parser for the given formats; returns the ISO date or why the value is not a valid date. The reason
 * never repeats the value itself (the caller adds a redacted copy), so it is safe to store and log.
 */
export function createDateParser(formats: readonly string[]): (value: string) => DateResult {
  const compiled = formats.map((format) => compileDateFormat(format));
  const all = [ISO_TOKENS, ...compiled];
  const list = formats.join(', ');
  return (raw: string): DateResult => {
    const value = raw.trim();
    // Fast path: plain ISO, the form XLSX cells and most systems produce.
    if (value.length === 10 && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45) {
      const parts = match(value, ISO_TOKENS);
      if (parts && parts.rest === '') return validate(parts);
    }
    let invalid: DateResult | null = null;
    for (const tokens of all) {
      const parts = match(value, tokens);
      if (!parts) continue;
      const time = parts.rest === '' ? null : TIME_SUFFIX.exec(parts.rest);
      if (parts.rest !== '' && !time) continue;
      const result = time ? withTime(parts, time) : validate(parts);
      if (result.ok) return result;
      invalid ??= result;
    }
    return invalid ?? { ok: false, reason: `geen datum in de vorm ${list}` };
  };
}
