/** Text, long text (with a GOV.UK character count) and number questions. */
import { useEffect, useState } from 'react';
import { withControlProps } from '../connectors.ts';
import type { ControlProps } from '@jsonforms/core';
import { LabelledField, describedBy } from './field.tsx';
import { fieldText, useDraft, useLeaveHandler } from './use-field.ts';

/** GOV.UK classes are written out in full: the embeddable build keeps only the rules for classes named in the sources. */
function inputClass(base: 'govuk-input' | 'govuk-textarea', errors: string, extra = ''): string {
  const error = base === 'govuk-input' ? 'govuk-input--error' : 'govuk-textarea--error';
  return [base, errors ? error : '', extra].filter(Boolean).join(' ');
}

export function TextControl(props: ControlProps) {
  const text = fieldText(props);
  const onLeave = useLeaveHandler(props.path);
  if (!props.visible) return null;
  return (
    <LabelledField text={text}>
      <input
        className={inputClass('govuk-input', props.errors)}
        id={text.id}
        name={props.path}
        type="text"
        value={typeof props.data === 'string' || typeof props.data === 'number' ? String(props.data) : ''}
        disabled={!props.enabled}
        aria-describedby={describedBy(text)}
        onChange={(event) => props.handleChange(props.path, event.target.value === '' ? undefined : event.target.value)}
        onBlur={onLeave}
      />
    </LabelledField>
  );
}

/** Screen readers hear the count once typing pauses, not on every keystroke (as govuk-frontend does). */
function useSettled<T>(value: T, delayMs: number, active: boolean): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (!active) return;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs, active]);
  return settled;
}

function countMessage(remaining: number): string {
  const n = Math.abs(remaining);
  const unit = n === 1 ? 'character' : 'characters';
  return remaining >= 0 ? `You have ${n} ${unit} remaining` : `You have ${n} ${unit} too many`;
}

export function TextareaControl(props: ControlProps) {
  const text = fieldText(props);
  const onLeave = useLeaveHandler(props.path);
  const value = typeof props.data === 'string' ? props.data : '';
  const maxLength = typeof props.schema.maxLength === 'number' ? props.schema.maxLength : undefined;
  const remaining = maxLength === undefined ? 0 : maxLength - value.length;
  // The count's live region joins the page when the field is first focused, so it is there before
  // anything changes in it (what a screen reader needs to announce it) without one live region per
  // long answer: hundreds of those made every hit test of a long form slower (docs/performance.md).
  const [engaged, setEngaged] = useState(false);
  const announced = useSettled(countMessage(remaining), 1000, engaged);
  if (!props.visible) return null;
  const countId = `${text.id}-info`;
  return (
    <LabelledField text={text} className={maxLength !== undefined ? 'govuk-character-count' : undefined}>
      <textarea
        className={inputClass('govuk-textarea', props.errors || (remaining < 0 ? 'over' : ''), maxLength !== undefined ? 'govuk-js-character-count' : '')}
        id={text.id}
        name={props.path}
        rows={5}
        value={value}
        disabled={!props.enabled}
        aria-describedby={describedBy(text, maxLength !== undefined ? countId : undefined)}
        onChange={(event) => props.handleChange(props.path, event.target.value === '' ? undefined : event.target.value)}
        onFocus={maxLength !== undefined && !engaged ? () => setEngaged(true) : undefined}
        onBlur={onLeave}
      />
      {maxLength !== undefined ? (
        <>
          {/* Only ever read as the textarea's description: `hidden` rather than visually hidden,
              which costs a positioned, clipped box per long answer. */}
          <div id={countId} hidden>
            You can enter up to {maxLength} characters
          </div>
          <div
            className={`govuk-character-count__message govuk-character-count__status ${remaining < 0 ? 'govuk-error-message' : 'govuk-hint'}`}
            aria-hidden="true"
          >
            {countMessage(remaining)}
          </div>
          {engaged ? (
            <div className="govuk-character-count__sr-status govuk-visually-hidden" aria-live="polite">
              {announced}
            </div>
          ) : null}
        </>
      ) : null}
    </LabelledField>
  );
}

/** A number as typed: kept as text when it is not a number, so the schema reports it instead of losing it. */
function parseNumber(text: string, integer: boolean): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  if (!Number.isFinite(value) || (integer && !Number.isInteger(value))) return text;
  return value;
}

export function NumberControl(props: ControlProps) {
  const text = fieldText(props);
  const onLeave = useLeaveHandler(props.path);
  const integer = props.schema.type === 'integer';
  const [draft, setDraft] = useDraft(props.data, (data) => (data === undefined || data === null ? '' : String(data)), (t) => parseNumber(t, integer));
  if (!props.visible) return null;
  return (
    <LabelledField text={text}>
      <input
        className={inputClass('govuk-input', props.errors, 'govuk-input--width-10')}
        id={text.id}
        name={props.path}
        type="text"
        inputMode={integer ? 'numeric' : 'decimal'}
        spellCheck={false}
        value={draft}
        disabled={!props.enabled}
        aria-describedby={describedBy(text)}
        onChange={(event) => {
          setDraft(event.target.value);
          props.handleChange(props.path, parseNumber(event.target.value, integer));
        }}
        onBlur={onLeave}
      />
    </LabelledField>
  );
}

export const TextRenderer = withControlProps(TextControl);
export const TextareaRenderer = withControlProps(TextareaControl);
export const NumberRenderer = withControlProps(NumberControl);
