import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addWorkingDays,
  createCalendar,
  englandAndWales,
  isIsoDate,
  wholeYearsBetween,
  workingDaysBetween,
} from '@caf-forms/core';

describe('working days in England and Wales', () => {
  it('skips Christmas, Boxing Day and the weekend: 2026-12-24 + 1 working day is 2026-12-29', () => {
    // 25 Dec is a Friday, 26-27 the weekend, 28 Dec the substitute Boxing Day bank holiday.
    expect(addWorkingDays('2026-12-24', 1)).toBe('2026-12-29');
  });

  it('skips Easter: Thursday 2 April 2026 + 1 is Tuesday 7 April', () => {
    expect(addWorkingDays('2026-04-02', 1)).toBe('2026-04-07');
  });

  it('counts 5 working days over a plain week, from a weekend day too', () => {
    expect(addWorkingDays('2026-03-02', 5)).toBe('2026-03-09');
    expect(addWorkingDays('2026-03-07', 1)).toBe('2026-03-09');
  });

  it('goes backwards for negative counts', () => {
    expect(addWorkingDays('2026-12-29', -1)).toBe('2026-12-24');
  });

  it('counts working days between two dates, excluding the start', () => {
    expect(workingDaysBetween('2026-03-06', '2026-03-09')).toBe(1); // Friday to Monday
    expect(workingDaysBetween('2026-12-24', '2027-01-04')).toBe(4); // 29, 30, 31 Dec and 4 Jan; 1 Jan is a holiday
    expect(workingDaysBetween('2026-03-09', '2026-03-06')).toBe(-1);
    expect(workingDaysBetween('2026-03-09', '2026-03-09')).toBe(0);
  });

  it('knows every published bank holiday, 2024 to 2028', () => {
    expect(englandAndWales.firstYear).toBeLessThanOrEqual(2024);
    expect(englandAndWales.lastYear).toBeGreaterThanOrEqual(2028);
    for (const holiday of ['2024-03-29', '2025-08-25', '2027-12-28', '2028-05-01']) {
      expect(englandAndWales.isWorkingDay(holiday), holiday).toBe(false);
    }
  });

  it('says "unknown" rather than guessing outside the published years', () => {
    expect(englandAndWales.isWorkingDay('2029-03-01')).toBeUndefined();
    expect(addWorkingDays('2028-12-29', 5)).toBeUndefined();
    expect(workingDaysBetween('2023-12-29', '2024-01-02')).toBeUndefined();
  });

  it('works with any calendar data', () => {
    const calendar = createCalendar({ division: 'test', version: '1', firstYear: 2026, lastYear: 2026, events: [{ date: '2026-03-03', title: 'Local day' }] });
    expect(addWorkingDays('2026-03-02', 1, calendar)).toBe('2026-03-04');
  });

  it('returns undefined for impossible dates instead of rolling them over', () => {
    expect(addWorkingDays('2026-02-30', 1)).toBeUndefined();
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
  });
});

describe('ages and calendar arithmetic', () => {
  it('counts whole years, the birthday itself included', () => {
    expect(wholeYearsBetween('2010-03-02', '2026-03-01')).toBe(15);
    expect(wholeYearsBetween('2010-03-02', '2026-03-02')).toBe(16);
  });

  it('treats 29 February birthdays as reached on 1 March in common years', () => {
    expect(wholeYearsBetween('2008-02-29', '2024-02-28')).toBe(15);
    expect(wholeYearsBetween('2008-02-29', '2024-02-29')).toBe(16);
    expect(wholeYearsBetween('2008-02-29', '2025-02-28')).toBe(16);
    expect(wholeYearsBetween('2010-02-29', '2026-03-01')).toBeUndefined();
  });

  it('adds calendar days across a leap day', () => {
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2026-02-28', 1)).toBe('2026-03-01');
  });
});
