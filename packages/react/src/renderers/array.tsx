/**
 * Arrays of objects with the GOV.UK "add another" pattern: each item is a fieldset headed by its
 * label and title, "Remove" takes it out with an Undo in a notification, and focus follows the
 * action so keyboard and screen reader users know where they are.
 */
import { useRef, useState } from 'react';
import { JsonFormsDispatch, useJsonForms } from '@jsonforms/react';
import { withArrayControlProps } from '../connectors.ts';
import { Generate, Resolve, composePaths, createDefaultValue, type ArrayControlProps, type DispatchPropsOfControl, type UISchemaElement } from '@jsonforms/core';
import { controlId } from '../ids.ts';
import { ErrorMessage, Hint } from './field.tsx';
import { fieldText, uiOption } from './use-field.ts';

interface Removed {
  item: unknown;
  index: number;
  heading: string;
}

function itemHeading(itemLabel: string, index: number, item: unknown, titleProperty: unknown): string {
  const base = `${itemLabel} ${index + 1}`;
  const title = typeof titleProperty === 'string' && item && typeof item === 'object' ? (item as Record<string, unknown>)[titleProperty] : undefined;
  return typeof title === 'string' && title.trim() !== '' ? `${base}: ${title}` : base;
}

/** After React commits, focus the element with this id inside the form (it may just have appeared). */
function focusSoon(anchor: HTMLElement | null, id: string) {
  requestAnimationFrame(() => {
    const root = anchor?.getRootNode() as Document | ShadowRoot | undefined;
    (root?.getElementById?.(id) as HTMLElement | null)?.focus();
  });
}

/** JSON Forms passes `handleChange` to array controls too; its types leave it out. */
type AddAnotherProps = ArrayControlProps & DispatchPropsOfControl;

export function AddAnotherControl(props: AddAnotherProps) {
  const ctx = useJsonForms();
  const anchor = useRef<HTMLDivElement>(null);
  const [removed, setRemoved] = useState<Removed | null>(null);
  if (!props.visible) return null;
  const text = fieldText(props);
  const items: unknown[] = (() => {
    const value = Resolve.data(ctx.core?.data, props.path);
    return Array.isArray(value) ? value : [];
  })();
  const itemLabel = String(uiOption(props, 'itemLabel') ?? 'Item');
  const addLabel = String(uiOption(props, 'addLabel') ?? `Add another ${itemLabel.toLowerCase()}`);
  const titleProperty = uiOption(props, 'itemTitle');
  const detail = (uiOption(props, 'detail') as UISchemaElement | undefined) ?? Generate.uiSchema(props.schema, 'VerticalLayout', undefined, props.rootSchema);
  const bannerId = `${text.id}-removed`;

  const add = () => {
    props.addItem(props.path, createDefaultValue(props.schema, props.rootSchema))();
    setRemoved(null);
    focusSoon(anchor.current, controlId(composePaths(props.path, String(items.length))));
  };
  const remove = (index: number) => {
    setRemoved({ item: items[index], index, heading: itemHeading(itemLabel, index, items[index], titleProperty) });
    props.removeItems?.(props.path, [index])();
    focusSoon(anchor.current, bannerId);
  };
  const undo = () => {
    if (!removed) return;
    const restored = [...items.slice(0, removed.index), removed.item, ...items.slice(removed.index)];
    props.handleChange(props.path, restored);
    setRemoved(null);
    focusSoon(anchor.current, controlId(composePaths(props.path, String(removed.index))));
  };

  return (
    <div className={`govuk-form-group caf-add-another${props.errors ? ' govuk-form-group--error' : ''}`} ref={anchor}>
      <h2 className="govuk-heading-m" id={text.id} tabIndex={-1}>
        {text.label}
      </h2>
      <Hint {...text} />
      <ErrorMessage {...text} />
      {removed ? (
        <div className="govuk-notification-banner govuk-notification-banner--success caf-removed" role="region" aria-labelledby={`${bannerId}-title`} id={bannerId} tabIndex={-1}>
          <div className="govuk-notification-banner__header">
            <h3 className="govuk-notification-banner__title" id={`${bannerId}-title`}>
              Removed
            </h3>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">{removed.heading} has been removed.</p>
            <button type="button" className="govuk-button govuk-button--secondary" onClick={undo}>
              Undo<span className="govuk-visually-hidden"> removing {removed.heading}</span>
            </button>
          </div>
        </div>
      ) : null}
      {items.map((item, index) => {
        const itemPath = composePaths(props.path, String(index));
        const heading = itemHeading(itemLabel, index, item, titleProperty);
        return (
          <div className="caf-array-item" id={controlId(itemPath)} key={index} tabIndex={-1}>
            <fieldset className="govuk-fieldset">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
                <h3 className="govuk-fieldset__heading">{heading}</h3>
              </legend>
              <JsonFormsDispatch schema={props.schema} uischema={detail} path={itemPath} enabled={props.enabled} renderers={props.renderers} cells={props.cells} />
            </fieldset>
            <button type="button" className="govuk-button govuk-button--warning" disabled={!props.enabled} onClick={() => remove(index)}>
              Remove<span className="govuk-visually-hidden"> {heading}</span>
            </button>
          </div>
        );
      })}
      <button type="button" className="govuk-button govuk-button--secondary" disabled={!props.enabled} onClick={add}>
        {addLabel}
      </button>
    </div>
  );
}

export const AddAnotherRenderer = withArrayControlProps(AddAnotherControl);
