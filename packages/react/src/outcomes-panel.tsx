/**
 * What the rules conclude from the answers so far, most severe first, each linking to the answer it
 * is about. A polite live region announces only when the counts change, not every keystroke.
 */
import { memo } from 'react';
import { SEVERITIES, type JsonSchema, type Outcome, type Severity } from '@caf-forms/core';
import { describePointer } from './describe.ts';

const GROUP_HEADINGS: Record<Severity, string> = {
  blocker: 'Must be resolved before you submit',
  warning: 'Warnings',
  action: 'Actions',
  info: 'For information',
};

const NOUNS: Record<Severity, [string, string]> = {
  blocker: ['blocking problem', 'blocking problems'],
  warning: ['warning', 'warnings'],
  action: ['action', 'actions'],
  info: ['note', 'notes'],
};

export function outcomeCounts(outcomes: readonly Outcome[]): string {
  const parts = SEVERITIES.map((severity) => {
    const n = outcomes.filter((o) => o.severity === severity).length;
    return n === 0 ? '' : `${n} ${NOUNS[severity][n === 1 ? 0 : 1]}`;
  }).filter(Boolean);
  return parts.length === 0 ? 'Nothing to act on from the rules' : `From the rules: ${parts.join(', ')}`;
}

export interface OutcomesPanelProps {
  outcomes: Outcome[];
  schema: JsonSchema;
  onLink(pointer: string): void;
}

export const OutcomesPanel = memo(function OutcomesPanel({ outcomes, schema, onLink }: OutcomesPanelProps) {
  return (
    <section className="caf-outcomes" part="outcomes" aria-labelledby="caf-outcomes-title">
      <h2 className="govuk-heading-m" id="caf-outcomes-title">
        Outcomes
      </h2>
      <p className="govuk-visually-hidden" aria-live="polite" aria-atomic="true">
        {outcomeCounts(outcomes)}
      </p>
      {outcomes.length === 0 ? <p className="govuk-body">Nothing to act on yet.</p> : null}
      {SEVERITIES.map((severity) => {
        const group = outcomes.filter((o) => o.severity === severity);
        if (group.length === 0) return null;
        return (
          <div className={`caf-outcomes__group caf-outcomes__group--${severity}`} key={severity} data-severity={severity}>
            <h3 className="govuk-heading-s">{GROUP_HEADINGS[severity]}</h3>
            {group.map((outcome, index) => {
              const target = outcome.paths[0];
              return (
                <div className={`caf-outcome caf-outcome--${severity}`} key={`${outcome.rule}${outcome.paths.join()}${index}`} data-outcome={outcome.type} data-rule={outcome.rule}>
                  <h4 className="govuk-heading-s caf-outcome__title">{outcome.title}</h4>
                  <p className="govuk-body">{outcome.message}</p>
                  {outcome.guidance ? <p className="govuk-body-s">{outcome.guidance}</p> : null}
                  {target !== undefined && target !== '' ? (
                    <a
                      className="govuk-link govuk-body-s"
                      href={`#${target}`}
                      onClick={(event) => {
                        event.preventDefault();
                        onLink(target);
                      }}
                    >
                      Go to {describePointer(schema, target)}
                    </a>
                  ) : null}
                </div>
              );
            })}
          </div>
        );
      })}
    </section>
  );
});
