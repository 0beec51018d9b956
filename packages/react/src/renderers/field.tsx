/**
 * The GOV.UK question furniture shared by every control: label or legend, hint, inline error with a
 * visually hidden "Error:" prefix, and the `aria-describedby` that ties them to the input.
 */
import type { ReactNode } from 'react';

export interface FieldText {
  id: string;
  label: string;
  description?: string | undefined;
  /** JSON Forms joins a control's error messages with new lines. */
  errors: string;
}

export const hintId = (id: string) => `${id}-hint`;
export const errorId = (id: string) => `${id}-error`;

export function describedBy({ id, description, errors }: FieldText, extra?: string): string | undefined {
  const ids = [description ? hintId(id) : '', errors ? errorId(id) : '', extra ?? ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function groupClass(errors: string, extra?: string): string {
  return ['govuk-form-group', errors ? 'govuk-form-group--error' : '', extra ?? ''].filter(Boolean).join(' ');
}

export function Hint({ id, description }: Pick<FieldText, 'id' | 'description'>) {
  return description ? (
    <div id={hintId(id)} className="govuk-hint">
      {description}
    </div>
  ) : null;
}

export function ErrorMessage({ id, errors }: Pick<FieldText, 'id' | 'errors'>) {
  if (!errors) return null;
  return (
    <p id={errorId(id)} className="govuk-error-message">
      {errors.split('\n').map((message, index) => (
        <span key={index} className="caf-error-line">
          {index > 0 ? <br /> : null}
          <span className="govuk-visually-hidden">Error:</span> {message}
        </span>
      ))}
    </p>
  );
}

/** A question answered in one input: `<label for>` names it. */
export function LabelledField({ text, className, children }: { text: FieldText; className?: string; children: ReactNode }) {
  return (
    <div className={groupClass(text.errors, className)}>
      <label className="govuk-label govuk-label--s" htmlFor={text.id}>
        {text.label}
      </label>
      <Hint {...text} />
      <ErrorMessage {...text} />
      {children}
    </div>
  );
}

/** A question answered with several inputs (radios, checkboxes, date parts): a fieldset names them. */
export function FieldsetField({ text, className, children }: { text: FieldText; className?: string; children: ReactNode }) {
  return (
    <div className={groupClass(text.errors, className)}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(text)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{text.label}</legend>
        <Hint {...text} />
        <ErrorMessage {...text} />
        {children}
      </fieldset>
    </div>
  );
}
