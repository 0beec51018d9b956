/**
 * A form in sections: a GOV.UK task list names each section with its status (not started, in
 * progress, completed, has errors) and opens it; one section is shown at a time, which also keeps
 * a long assessment quick to render.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useJsonForms } from '@jsonforms/react';
import { withLayoutPropsOfEverything } from '../connectors.ts';
import { Resolve, isVisible, type Categorization, type Category, type LayoutProps } from '@jsonforms/core';
import { isMissing } from '@caf-forms/core';
import { useFormActions, useFormValidity } from '../context.ts';
import { isWithin, pointerToPath } from '../ids.ts';
import { controlPointers } from '../scopes.ts';
import { LayoutChildren } from './layouts.tsx';

export type SectionStatus = 'not-started' | 'in-progress' | 'completed' | 'has-errors';

const STATUS_TEXT: Record<SectionStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  completed: 'Completed',
  'has-errors': 'Has errors',
};

const STATUS_CLASS: Record<SectionStatus, string> = {
  'not-started': 'govuk-tag govuk-tag--grey',
  'in-progress': 'govuk-tag govuk-tag--light-blue',
  completed: 'caf-status--completed',
  'has-errors': 'govuk-tag govuk-tag--red',
};

function sectionStatus(pointers: string[], data: unknown, errors: { pointer: string }[], shown: { pointer: string }[]): SectionStatus {
  const inside = (error: { pointer: string }) => pointers.some((pointer) => isWithin(error.pointer, pointer));
  if (shown.some(inside)) return 'has-errors';
  const answered = pointers.some((pointer) => !isMissing(Resolve.data(data, pointerToPath(pointer))));
  if (!answered) return 'not-started';
  return errors.some(inside) ? 'in-progress' : 'completed';
}

const sectionId = (index: number) => `caf-section-${index + 1}`;

export function CategorizationView(props: LayoutProps) {
  const ctx = useJsonForms();
  const { errors, shownErrors } = useFormValidity();
  const { registerSectionOpener } = useFormActions();
  const [active, setActive] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [focusHeading, setFocusHeading] = useState(false);
  const data = ctx.core?.data;
  const ajv = ctx.core?.ajv;
  const categories = ((props.uischema as Categorization).elements as Category[]).filter((category) =>
    ajv ? isVisible(category, data, props.path, ajv, ctx.config) : true,
  );
  const pointers = useMemo(() => categories.map((category) => controlPointers(category, props.path)), [categories.map((c) => c.label).join('\n'), props.path]);
  const current = Math.min(active, categories.length - 1);

  useEffect(
    () =>
      registerSectionOpener((pointer) => {
        const index = pointers.findIndex((list) => list.some((base) => isWithin(pointer, base) || isWithin(base, pointer)));
        if (index === -1) return false;
        setActive(index);
        return true;
      }),
    [registerSectionOpener, pointers],
  );
  useEffect(() => {
    if (!focusHeading) return;
    headingRef.current?.focus();
    setFocusHeading(false);
  }, [focusHeading, current]);

  if (!props.visible || categories.length === 0) return null;
  const open = (index: number) => {
    setActive(index);
    setFocusHeading(true);
  };
  const category = categories[current]!;
  return (
    <div className="caf-categorization">
      <h2 className="govuk-heading-m">Sections</h2>
      <ul className="govuk-task-list">
        {categories.map((section, index) => {
          const status = sectionStatus(pointers[index] ?? [], data, errors, shownErrors);
          const statusId = `${sectionId(index)}-status`;
          return (
            <li className="govuk-task-list__item govuk-task-list__item--with-link" key={index}>
              <div className="govuk-task-list__name-and-hint">
                <a
                  className="govuk-link govuk-task-list__link"
                  href={`#${sectionId(index)}`}
                  aria-describedby={statusId}
                  aria-current={index === current ? 'step' : undefined}
                  onClick={(event) => {
                    event.preventDefault();
                    open(index);
                  }}
                >
                  {section.label}
                </a>
              </div>
              <div className="govuk-task-list__status" id={statusId} data-status={status}>
                {status === 'completed' ? STATUS_TEXT[status] : <strong className={STATUS_CLASS[status]}>{STATUS_TEXT[status]}</strong>}
              </div>
            </li>
          );
        })}
      </ul>
      <section className="caf-section" id={sectionId(current)} aria-labelledby={`${sectionId(current)}-heading`}>
        <h2 className="govuk-heading-l" id={`${sectionId(current)}-heading`} tabIndex={-1} ref={headingRef}>
          {category.label}
        </h2>
        <LayoutChildren key={current} layout={category} props={props} />
        <div className="govuk-button-group">
          {current > 0 ? (
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => open(current - 1)}>
              Previous section<span className="govuk-visually-hidden">: {categories[current - 1]!.label}</span>
            </button>
          ) : null}
          {current < categories.length - 1 ? (
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => open(current + 1)}>
              Next section: {categories[current + 1]!.label}
            </button>
          ) : null}
        </div>
      </section>
    </div>
  );
}

export const CategorizationRenderer = withLayoutPropsOfEverything(CategorizationView);
