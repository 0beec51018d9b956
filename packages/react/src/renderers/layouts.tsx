/** Vertical and horizontal layouts, groups (a fieldset with a legend) and label elements. */
import { JsonFormsDispatch } from '@jsonforms/react';
import { withLayoutProps } from '../connectors.ts';
import type { GroupLayout, LabelElement, Layout, LayoutProps, OwnPropsOfRenderer } from '@jsonforms/core';
import { memo } from 'react';

export function LayoutChildren({ layout, props }: { layout: Layout; props: OwnPropsOfRenderer & { path: string } }) {
  return (
    <>
      {layout.elements.map((element, index) => (
        <JsonFormsDispatch
          key={`${props.path}/${index}`}
          uischema={element}
          schema={props.schema}
          path={props.path}
          enabled={props.enabled}
          renderers={props.renderers}
          cells={props.cells}
        />
      ))}
    </>
  );
}

const boxLayout = (className: string) =>
  function BoxLayoutView(props: LayoutProps) {
    if (!props.visible) return null;
    return (
      <div className={className}>
        <LayoutChildren layout={props.uischema as Layout} props={props} />
      </div>
    );
  };

export const VerticalLayoutView = boxLayout('caf-vertical');
export const HorizontalLayoutView = boxLayout('caf-horizontal');

/**
 * A group of questions only (no nested layout): the unit the browser lays out and paints on its
 * own (`.caf-group--questions` in caf.css). A family assessment has about 60 of them.
 */
const onlyQuestions = (group: GroupLayout) => group.elements.every((element) => element.type === 'Control');

export function GroupView(props: LayoutProps) {
  if (!props.visible) return null;
  const group = props.uischema as GroupLayout;
  return (
    <fieldset className={onlyQuestions(group) ? 'govuk-fieldset caf-group caf-group--questions' : 'govuk-fieldset caf-group'}>
      {group.label ? <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{group.label}</legend> : null}
      <LayoutChildren layout={group} props={props} />
    </fieldset>
  );
}

export const LabelView = memo(function LabelView({ uischema }: OwnPropsOfRenderer) {
  const text = (uischema as LabelElement).text;
  return text ? <p className="govuk-body">{text}</p> : null;
});

export const VerticalLayoutRenderer = withLayoutProps(VerticalLayoutView);
export const HorizontalLayoutRenderer = withLayoutProps(HorizontalLayoutView);
export const GroupRenderer = withLayoutProps(GroupView);
