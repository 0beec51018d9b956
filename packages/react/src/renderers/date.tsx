/**
 * The GOV.UK date input: day, month and year boxes, stored as an ISO `YYYY-MM-DD` string. What is
 * typed is never dropped: an incomplete or impossible date is stored as typed ("2026-02-30",
 * "2026--05") so that the schema's `format: date` reports it and the person can correct it.
 */
import { useState } from 'react';
import { withControlProps } from '../connectors.ts';
import type { ControlProps } from '@jsonforms/core';
import { FieldsetField } from './field.tsx';
import { fieldText, useLeaveHandler } from './use-field.ts';

interface DateParts {
  day: string;
  month: string;
  year: string;
}

const EMPTY: DateParts = { day: '', month: '', year: '' };

const pad = (part: string) => (/^\d$/.test(part) ? `0${part}` : part);

export function composeDate({ day, month, year }: DateParts): string | undefined {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()];
  if (d === '' && m === '' && y === '') return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const unpad = (part: string) => (/^0\d$/.test(part) ? part.slice(1) : part);

export function splitDate(data: unknown): DateParts {
  if (typeof data !== 'string') return EMPTY;
  const match = /^([^-]*)-([^-]*)-([^-]*)$/.exec(data);
  if (!match) return { ...EMPTY, year: data };
  return { year: match[1]!, month: unpad(match[2]!), day: unpad(match[3]!) };
}

const PARTS = [
  { key: 'day', label: 'Day', width: 2, autoComplete: 'bday-day' },
  { key: 'month', label: 'Month', width: 2, autoComplete: 'bday-month' },
  { key: 'year', label: 'Year', width: 4, autoComplete: 'bday-year' },
] as const;

export function DateControl(props: ControlProps) {
  const text = fieldText(props);
  const onLeave = useLeaveHandler(props.path);
  const [parts, setParts] = useState<DateParts>(() => splitDate(props.data));
  // Data changed from elsewhere (reset, new data): show it instead of the old typing.
  if (composeDate(parts) !== (props.data ?? undefined)) {
    const next = splitDate(props.data);
    if (composeDate(next) !== composeDate(parts)) setParts(next);
  }
  if (!props.visible) return null;
  const isBirthDate = /birth/i.test(props.path);
  const update = (key: keyof DateParts, value: string) => {
    const next = { ...parts, [key]: value };
    setParts(next);
    props.handleChange(props.path, composeDate(next));
  };
  return (
    <FieldsetField text={text}>
      <div className="govuk-date-input" id={`${text.id}-date`} onBlur={onLeave}>
        {PARTS.map((part, index) => {
          const id = index === 0 ? text.id : `${text.id}-${part.key}`;
          return (
            <div className="govuk-date-input__item" key={part.key}>
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={id}>
                  {part.label}
                </label>
                <input
                  className={`govuk-input govuk-date-input__input govuk-input--width-${part.width}${props.errors ? ' govuk-input--error' : ''}`}
                  id={id}
                  name={`${props.path}-${part.key}`}
                  type="text"
                  inputMode="numeric"
                  autoComplete={isBirthDate ? part.autoComplete : undefined}
                  value={parts[part.key]}
                  disabled={!props.enabled}
                  onChange={(event) => update(part.key, event.target.value)}
                />
              </div>
            </div>
          );
        })}
      </div>
    </FieldsetField>
  );
}

export const DateRenderer = withControlProps(DateControl);
