/**
 * The GOV.UK error summary: "There is a problem", focused when a submit is refused, one link per
 * error that moves focus to the field. Blocking outcomes are listed too, so the person knows why
 * the form cannot be sent even when every answer is valid.
 */
import { forwardRef } from 'react';
import type { Outcome, ValidationError } from '@caf-forms/core';

export interface ErrorSummaryProps {
  errors: ValidationError[];
  blockers: Outcome[];
  onLink(pointer: string): void;
}

export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary({ errors, blockers, onLink }, ref) {
  const link = (pointer: string, text: string, key: string) => (
    <li key={key}>
      <a
        href={`#${pointer}`}
        onClick={(event) => {
          event.preventDefault();
          onLink(pointer);
        }}
      >
        {text}
      </a>
    </li>
  );
  return (
    <div className="govuk-error-summary" part="error-summary" ref={ref} tabIndex={-1} data-module="govuk-error-summary">
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          {blockers.length > 0 ? (
            <p className="govuk-body">
              This form cannot be submitted until {blockers.length === 1 ? 'this is' : 'these are'} resolved.
            </p>
          ) : null}
          <ul className="govuk-list govuk-error-summary__list">
            {blockers.map((outcome, index) => link(outcome.paths[0] ?? '', `${outcome.title}: ${outcome.message}`, `blocker-${index}`))}
            {errors.map((error, index) => link(error.pointer, error.message, `error-${index}`))}
          </ul>
        </div>
      </div>
    </div>
  );
});
