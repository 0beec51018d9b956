/** An answer as a person reads it: titles not codes, "2 March 2026" not "2026-03-02". */
import { createElement, type ReactNode } from 'react';
import type { JsonSchema } from '@jsonforms/core';
import { isIsoDate, isMissing } from '@caf-forms/core';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const RATINGS: Record<string, string> = { red: 'Red', amber: 'Amber', green: 'Green' };

export function formatDate(iso: string): string {
  if (!isIsoDate(iso)) return iso;
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

function choiceTitle(schema: JsonSchema | undefined, value: unknown, options: Record<string, unknown>): string {
  const labelled = schema?.oneOf?.find((option) => option.const === value);
  if (labelled?.title) return labelled.title;
  if (options.format === 'rating' && typeof value === 'string') return RATINGS[value] ?? value;
  return String(value);
}

export function formatValue(schema: JsonSchema, value: unknown, options: Record<string, unknown> = {}): ReactNode {
  if (isMissing(value)) return 'Not answered';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) {
    const items = schema.items && !Array.isArray(schema.items) ? schema.items : undefined;
    return createElement(
      'ul',
      { className: 'govuk-list govuk-list--bullet' },
      value.map((item, index) => createElement('li', { key: index }, choiceTitle(items, item, {}))),
    );
  }
  if (typeof value === 'string' && schema.format === 'date') return formatDate(value);
  if (schema.oneOf || schema.enum) return choiceTitle(schema, value, options);
  if (typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'string' && value.includes('\n')) return createElement('span', { className: 'caf-multiline' }, value);
  return String(value);
}
