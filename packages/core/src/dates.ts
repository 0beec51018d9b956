/**
 * Calendar dates as ISO `YYYY-MM-DD` strings, computed in UTC so that the answer never depends on
 * the time zone of the machine (a practitioner's laptop, CI, a council's server).
 */
import bankHolidays from '../data/bank-holidays-england-and-wales.json' with { type: 'json' };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01, or undefined when the text is not a real calendar date. */
export function toDayNumber(iso: unknown): number | undefined {
  if (typeof iso !== 'string') return undefined;
  const match = ISO_DATE.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  // Date.UTC rolls 2026-02-30 over to March: reject it rather than silently move the date.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return time / DAY_MS;
}

export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function isIsoDate(text: unknown): text is string {
  return toDayNumber(text) !== undefined;
}

/** Today in the local calendar of whoever runs this (a person's "today", not UTC's). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole years from `from` to `at`: a birthday counts from the day itself; 29 February birthdays fall on 1 March in other years. */
export function wholeYearsBetween(from: string, at: string): number | undefined {
  if (toDayNumber(from) === undefined || toDayNumber(at) === undefined) return undefined;
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ay, am, ad] = at.split('-').map(Number) as [number, number, number];
  let years = ay - fy;
  if (am < fm || (am === fm && ad < fd)) years -= 1;
  return years;
}

export function addCalendarDays(iso: string, days: number): string | undefined {
  const day = toDayNumber(iso);
  return day === undefined ? undefined : fromDayNumber(day + days);
}

export function addMonths(iso: string, months: number): string | undefined {
  const day = toDayNumber(iso);
  if (day === undefined) return undefined;
  const date = new Date(day * DAY_MS);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target.toISOString().slice(0, 10);
}

/** A working-day calendar: weekdays that are not bank holidays, known only for the years it covers. */
export interface WorkingDayCalendar {
  readonly name: string;
  readonly version: string;
  readonly firstYear: number;
  readonly lastYear: number;
  isWorkingDay(iso: string): boolean | undefined;
}

export interface HolidayData {
  division: string;
  version: string;
  firstYear: number;
  lastYear: number;
  events: readonly { date: string; title: string }[];
}

export function createCalendar(data: HolidayData): WorkingDayCalendar {
  const holidays = new Set(data.events.map((event) => event.date));
  return {
    name: data.division,
    version: data.version,
    firstYear: data.firstYear,
    lastYear: data.lastYear,
    isWorkingDay(iso) {
      const day = toDayNumber(iso);
      if (day === undefined) return undefined;
      const year = Number(iso.slice(0, 4));
      // Outside the published years the bank holidays are unknown: say so rather than guess.
      if (year < data.firstYear || year > data.lastYear) return undefined;
      const weekday = new Date(day * DAY_MS).getUTCDay();
      return weekday !== 0 && weekday !== 6 && !holidays.has(iso);
    },
  };
}

/** England and Wales, from the GOV.UK bank holidays dataset (versioned in data/). */
export const englandAndWales: WorkingDayCalendar = createCalendar(bankHolidays);

/** The date `days` working days after `iso` (2026-12-24 + 1 = 2026-12-29); negative counts go back. */
export function addWorkingDays(iso: string, days: number, calendar: WorkingDayCalendar = englandAndWales): string | undefined {
  let day = toDayNumber(iso);
  if (day === undefined || !Number.isInteger(days)) return undefined;
  const step = days < 0 ? -1 : 1;
  for (let remaining = Math.abs(days); remaining > 0; ) {
    day += step;
    const working = calendar.isWorkingDay(fromDayNumber(day));
    if (working === undefined) return undefined;
    if (working) remaining -= 1;
  }
  return fromDayNumber(day);
}

/** Working days after `from` up to and including `to` (Friday to Monday is 1); negative when `to` is earlier. */
export function workingDaysBetween(from: string, to: string, calendar: WorkingDayCalendar = englandAndWales): number | undefined {
  const start = toDayNumber(from);
  const end = toDayNumber(to);
  if (start === undefined || end === undefined) return undefined;
  const [low, high, sign] = start <= end ? [start, end, 1] : [end, start, -1];
  let count = 0;
  for (let day = low + 1; day <= high; day++) {
    const working = calendar.isWorkingDay(fromDayNumber(day));
    if (working === undefined) return undefined;
    if (working) count += 1;
  }
  return sign * count;
}
